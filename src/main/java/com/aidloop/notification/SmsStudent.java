package com.aidloop.notification;

import java.util.Objects;

/**
 * The student a message is about, with where the student belongs, so that status lists can be
 * filtered by a reader's data scope: the school's staff, and region accounts whose subtree holds
 * the school or the household (as {@code DataScope.coversStudent} decides).
 *
 * @param schoolRegionCode the code of the school's township (or any level below the county)
 * @param householdRegionCode the code of the household's village, or its township if the village is unknown
 */
public record SmsStudent(long id, String name, long schoolId, String schoolRegionCode, String householdRegionCode) {

    public SmsStudent {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a student needs a name");
        }
    }
}
