/**
 * Appeals of an identification (申诉): a family whose application was finally decided 不困难, or at
 * a lower level than the score suggested, appeals once from the phone within the county's days
 * after the final decision; the county upholds the identification or changes the level (through
 * the semester adjustment's path), with a reason; the outcome is final for the school year. Named
 * as an interface of the module so that the demo county can show an appeal waiting.
 */
@org.springframework.modulith.NamedInterface("appeal")
package com.aidloop.identification.appeal;
