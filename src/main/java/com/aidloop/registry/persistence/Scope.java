package com.aidloop.registry.persistence;

import com.aidloop.iam.DataScope;
import java.util.HashMap;
import java.util.Map;

/**
 * The caller's data scope as SQL parameters for {@link #STUDENT_FILTER}: the staff of a school
 * see its students; a region account sees students whose school or household lies in its
 * subtree; the empty scope sees nothing.
 */
final class Scope {

    /** Applies to {@code registry_student s}; binds {@code :scopeSchool} and {@code :scopeRegion}. */
    static final String STUDENT_FILTER = """
            (CAST(:scopeSchool AS bigint) IS NOT NULL OR CAST(:scopeRegion AS text) IS NOT NULL)
            AND (CAST(:scopeSchool AS bigint) IS NULL OR s.school_id = :scopeSchool)
            AND (CAST(:scopeRegion AS text) IS NULL
                 OR s.school_township_code LIKE :scopeRegion
                 OR s.household_township_code LIKE :scopeRegion
                 OR s.household_village_code LIKE :scopeRegion)
            """;

    private Scope() {}

    static Map<String, Object> params(DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeSchool", scope.schoolId());
        params.put("scopeRegion", scope.schoolId() == null && scope.regionPrefix() != null ? scope.regionPrefix() + "%" : null);
        return params;
    }
}
