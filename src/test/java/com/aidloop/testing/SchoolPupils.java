package com.aidloop.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Picks a registered pupil for a test that starts an identification application: one of the
 * school's students, chosen at random (tests sharing a database do not pick the same one), who has
 * no application yet.
 */
public final class SchoolPupils {

    /** What else the pupil must have, for tests that need it. */
    public enum Also {
        NOTHING("TRUE"),
        /** A household village, which three-party review needs. */
        HOUSEHOLD_VILLAGE("s.household_village_code IS NOT NULL"),
        /** A class, and a name no other student has, so that a page lists them unmistakably. */
        CLASS_AND_OWN_NAME(
                "s.class_name IS NOT NULL AND (SELECT count(*) FROM registry_student t WHERE t.name = s.name) = 1");

        private final String condition;

        Also(String condition) {
            this.condition = condition;
        }
    }

    private SchoolPupils() {}

    /** A random pupil of the school (by code) without an identification application: the student's id. */
    public static long withoutApplication(JdbcClient jdbc, String schoolCode) {
        return withoutApplication(jdbc, schoolCode, Also.NOTHING);
    }

    public static long withoutApplication(JdbcClient jdbc, String schoolCode, Also also) {
        return jdbc.sql("""
                        SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                         WHERE sc.code = :school AND %s
                           AND NOT EXISTS (SELECT 1 FROM identification_application a WHERE a.student_id = s.id)
                         ORDER BY random() LIMIT 1
                        """.formatted(also.condition))
                .param("school", schoolCode)
                .query(Long.class)
                .single();
    }
}
