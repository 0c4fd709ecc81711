/**
 * Semester adjustments of an identification (学期动态调整): a school re-assesses one student's
 * decided application during the school year after a change in the family, with a reason,
 * evidence and, where wanted, a new score; the history of decisions is kept. Named as an interface
 * of the module so that the demo county can show an adjustment.
 */
@org.springframework.modulith.NamedInterface("adjustment")
package com.aidloop.identification.adjustment;
