package com.aidloop.identification.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school's review queue of 5,000 applications (QUEUE_BENCH_APPLICATIONS to change it): the
 * list the school's page and GET /api/v1/identification/applications answer (the query in reach,
 * rows mapped, written as JSON), the whole year, one status and one class; median of 20 runs
 * after 5 warm-ups. The target is 300 ms. Not part of the test run: {@code bench/identification-queue.sh}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class QueueBenchmark {

    private static final long SCHOOL = -4242;
    private static final int YEAR = 2098;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolsQueueOfFiveThousandAnswersWithin300Ms() {
        int wanted = Integer.parseInt(System.getenv().getOrDefault("QUEUE_BENCH_APPLICATIONS", "5000"));
        CurrentAccount school = new CurrentAccount(-93, "bench-queue", "基准测试", Set.of(Role.SCHOOL_STAFF), null, SCHOOL);
        make(wanted);
        try {
            time("whole year", () -> applications.list(school, YEAR, null, null), wanted);
            time("submitted only", () -> applications.list(school, YEAR, ApplicationStatus.SUBMITTED, null), -1);
            time("one class", () -> applications.list(school, YEAR, null, "三年级2班"), -1);
            jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT a.id FROM identification_application a WHERE a.school_year = "
                            + YEAR + " AND a.school_id = " + SCHOOL + " ORDER BY a.class_name, a.student_name, a.id")
                    .query(String.class)
                    .list()
                    .forEach(line -> System.out.println("PLAN " + line));
        } finally {
            jdbc.sql("DELETE FROM identification_application WHERE school_id = :school")
                    .param("school", SCHOOL)
                    .update();
        }
    }

    /** {@code count} applications of one school in 40 classes and every status, of distinct registered students. */
    private void make(int count) {
        int made = jdbc.sql("""
                        INSERT INTO identification_application (student_id, student_name, school_id, school_township_code,
                               grade, class_name, school_year, source, entered_by, status, form_sealed, member_count,
                               suggested_total, suggested_level, decided_level)
                        SELECT s.id, '学生' || s.n, :school, '430621100', ((s.n % 6) + 1) || '年级',
                               (ARRAY['一','二','三','四','五','六'])[(s.n % 6)::int + 1] || '年级' || ((s.n / 6) % 7 + 1) || '班',
                               :year, 'PAPER', 'bench', (ARRAY['SUBMITTED','CLASS_REVIEWED','DECIDED','RETURNED','DRAFT'])[(s.n % 5)::int + 1],
                               '-', 3, (s.n % 90), NULL,
                               CASE WHEN s.n % 5 = 2 THEN 'GENERAL' END
                          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM registry_student ORDER BY id LIMIT :count) s
                        """)
                .param("school", SCHOOL)
                .param("year", YEAR)
                .param("count", count)
                .update();
        jdbc.sql("ANALYZE identification_application").update();
        System.out.printf("RESULT made %,d applications of one school (asked %,d)%n", made, count);
    }

    private static void time(String what, Supplier<List<ApplicationRow>> queue, int expected) {
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int run = 0; run < 25; run++) {
            long started = System.nanoTime();
            List<ApplicationRow> answer = queue.get();
            byte[] json = JSON.writeValueAsBytes(answer);
            double took = (System.nanoTime() - started) / 1e6;
            rows = answer.size();
            if (run >= 5 && json.length > 0) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "RESULT queue %-14s %,5d rows: median %.1f ms, max %.1f ms (target 300 ms)%n",
                what, rows, millis.get(millis.size() / 2), millis.getLast());
        if (expected > 0) {
            assertThat(rows).isEqualTo(expected);
        }
    }
}
