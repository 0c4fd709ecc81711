/** Working-day arithmetic in plain Java; an interface of the module, so that other modules count periods with it. */
@org.springframework.modulith.NamedInterface("domain")
package com.aidloop.calendar.domain;
