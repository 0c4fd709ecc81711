package com.aidloop.identification.threeparty.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county approves 10,000 applications (APPROVAL_BENCH_APPLICATIONS to change it) waiting at
 * its step of three-party review in one action: one set-based statement guarded by the allowed-from
 * step and status, one audit record. The target is 5 s. Not part of the test run:
 * {@code bench/three-party-approval.sh}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class CountyApprovalBenchmark {

    private static final CurrentAccount COUNTY =
            new CurrentAccount(-93, "bench-three-party", "基准测试", Set.of(Role.COUNTY_STAFF), "430621", null);

    @Autowired
    ThreePartyReviews reviews;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountyApprovesTenThousandInOneAction() {
        int wanted = Integer.parseInt(System.getenv().getOrDefault("APPROVAL_BENCH_APPLICATIONS", "10000"));
        // applications of registered students in far school years (never the demo's), decided, waiting for the county
        List<Long> ids = jdbc.sql("""
                        INSERT INTO identification_application (student_id, student_name, school_id, school_township_code,
                               grade, class_name, school_year, source, entered_by, status, form_sealed, decided_level,
                               decided_by, decided_at)
                        SELECT s.id, '审批基准', s.school_id, '430621100', '三年级', '1班', y, 'PAPER', 'bench',
                               'THREE_PARTY_REVIEW', '-', 'FAIRLY', 'bench', now()
                          FROM (SELECT id, school_id FROM registry_student ORDER BY id LIMIT 2000) s,
                               generate_series(2060, 2099) y
                         LIMIT :count
                        RETURNING id
                        """).param("count", wanted).query(Long.class).list();
        jdbc.sql("""
                        INSERT INTO identification_three_party_review (application_id, school_id, school_township_code,
                               township_code, village_code, county_code, routed_by_school, stage, step, step_since)
                        SELECT a.id, a.school_id, '430621100', '430621100', NULL, '430621', true, 'PRIMARY', 'COUNTY', now()
                          FROM identification_application a WHERE a.id = ANY(:ids)
                        """).param("ids", ids.toArray(Long[]::new)).update();
        try {
            long started = System.nanoTime();
            int approved = reviews.approve(ids, COUNTY);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "RESULT county approval: %d applications approved in %.2f s (target <= 5 s)%n", approved, seconds);
            assertThat(approved).isEqualTo(ids.size());
        } finally {
            jdbc.sql("DELETE FROM identification_three_party_review WHERE application_id = ANY(:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
            jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
        }
    }
}
