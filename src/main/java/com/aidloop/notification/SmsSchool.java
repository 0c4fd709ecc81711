package com.aidloop.notification;

/**
 * The school a message goes to when it is about no student (a school account's initial password
 * to the school's contact), so that status lists filter it by the reader's scope as they do a
 * student's message of that school.
 *
 * @param schoolRegionCode the code of the school's township
 */
public record SmsSchool(long schoolId, String schoolRegionCode) {}
