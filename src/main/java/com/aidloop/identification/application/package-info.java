/**
 * Identification applications (认定申请): a family's (or a school officer's paper) application,
 * scored on submission under the school year's model, reviewed by the class and decided by the
 * school; evidence kept sealed and shown only to reviewers in scope. Named as an interface of the
 * module so that the demo county can seed sample applications.
 */
@org.springframework.modulith.NamedInterface("application")
package com.aidloop.identification.application;
