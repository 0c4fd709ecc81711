/**
 * The rules of a roster import in plain Java: the template's columns, the checks of one row, the
 * stage of a grade, duplicates inside a file, what an existing award allows, and the student's
 * match in the registry.
 */
package com.aidloop.award.domain;
