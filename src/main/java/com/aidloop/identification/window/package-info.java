/**
 * Identification years and their windows (认定年度与申请窗口), and late windows for one student.
 * A named interface: the demo county opens its year through {@link IdentificationWindows}.
 */
@org.springframework.modulith.NamedInterface("window")
package com.aidloop.identification.window;
