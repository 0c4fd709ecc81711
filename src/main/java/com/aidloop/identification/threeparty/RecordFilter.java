package com.aidloop.identification.threeparty;

/**
 * Which approved reviews a printed batch of records holds: a school year and, inside the caller's
 * scope, optionally one school or one reviewing township.
 */
public record RecordFilter(int schoolYear, Long schoolId, String townshipCode) {

    public RecordFilter {
        if (townshipCode != null && !townshipCode.matches("[0-9]{9}")) {
            townshipCode = null;
        }
    }
}
