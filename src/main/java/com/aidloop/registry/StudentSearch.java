package com.aidloop.registry;

import com.aidloop.shared.Text;

/**
 * What the student list is filtered by; blank means "any".
 *
 * @param q a name (part of it) or an ID number: in full (exact match), or a fragment as lists
 *     show it, such as the first six or last four characters or {@code 430626********2385}
 * @param idNumber an ID number or fragment only, never read as a name
 * @param schoolId one school
 * @param township the household-registration township (户籍乡镇)
 * @param village the household-registration village (户籍村)
 * @param region a node of the region tree: students whose school or household lies under it
 */
public record StudentSearch(String q, String idNumber, Long schoolId, String township, String village, String region) {

    public StudentSearch {
        q = blankToNull(Text.normalize(q));
        idNumber = blankToNull(Text.compact(idNumber));
        township = blankToNull(Text.compact(township));
        village = blankToNull(Text.compact(village));
        region = blankToNull(Text.compact(region));
    }

    public static StudentSearch any() {
        return new StudentSearch(null, null, null, null, null, null);
    }

    public static StudentSearch ofSchool(long schoolId) {
        return new StudentSearch(null, null, schoolId, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return "StudentSearch[school " + schoolId + " " + township + " " + village + " " + region + "]";
    }
}
