/**
 * The five-level administrative-division tree (行政区划) from the national statistics bureau's
 * codes: finding divisions, their paths and full names, and matching typed names to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划")
package com.aidloop.region;
