/**
 * Identification applications (认定申请): a family's (or a school officer's paper) application,
 * scored on submission under the school year's model, reviewed by the class and decided by the
 * school; evidence kept sealed and shown only to reviewers in scope.
 */
package com.aidloop.identification.application;
