/**
 * Three-party review (三方会审) of identification: after a school's decision on a stage the county
 * chose, the village confirms the family facts, the township reviews and the county approves;
 * each step may return the application to the step before or to the school. Named as an interface
 * of the module so that the workbench shows the queues' counts and the demo county seeds work.
 */
@org.springframework.modulith.NamedInterface("threeparty")
package com.aidloop.identification.threeparty;
