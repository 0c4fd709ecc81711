/**
 * The demo county (平江县, 430626): its villages, about twenty schools, about five thousand
 * students with households and aid cards, their awards of 2026年春季学期 (imported through the
 * roster import), and the demo accounts. Loaded on the embedded database or in the {@code demo}
 * profile, never on a production database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据")
package com.aidloop.demo;
