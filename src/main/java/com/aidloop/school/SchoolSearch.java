package com.aidloop.school;

import com.aidloop.shared.Text;

/**
 * What the school list is filtered by; blank means "any".
 *
 * @param q part of the name, or the start of the school identifier
 * @param regionCode a township or any division above it
 * @param stage a stage taught
 */
public record SchoolSearch(String q, String regionCode, Stage stage) {

    public SchoolSearch {
        q = blankToNull(Text.normalize(q));
        regionCode = blankToNull(Text.compact(regionCode));
    }

    public static SchoolSearch any() {
        return new SchoolSearch(null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
