package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo county shows identification work: applications in every state and a class teacher with work waiting. */
@SpringBootTest
class DemoReviewWorkTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCountyHasApplicationsInEveryStateAndATeacherWithReviewWork() {
        List<String> states = jdbc.sql("""
                        SELECT DISTINCT status FROM identification_application
                         WHERE school_township_code LIKE '430626%' AND entered_by = 'county' ORDER BY status
                        """).query(String.class).list();
        long made = jdbc.sql("""
                        SELECT count(*) FROM identification_application
                         WHERE school_township_code LIKE '430626%' AND entered_by = 'county'
                        """).query(Long.class).single();
        long waitingForTheTeacher = jdbc.sql("""
                        SELECT count(*) FROM identification_application a
                          JOIN iam_account_class c ON c.class_name = a.class_name
                          JOIN iam_account t ON t.id = c.account_id AND t.school_id = a.school_id
                         WHERE t.username = 'teacher' AND a.status = 'SUBMITTED'
                        """).query(Long.class).single();

        assertThat(states)
                .containsExactlyInAnyOrder(
                        "CLASS_REVIEWED",
                        "DECIDED",
                        "DRAFT",
                        "RETURNED",
                        "SUBMITTED",
                        "WITHDRAWN",
                        "THREE_PARTY_REVIEW");
        assertThat(made).isBetween(1_400L, 1_500L);
        assertThat(waitingForTheTeacher).isPositive();
    }
}
