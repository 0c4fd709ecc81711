package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.domain.Attributes;
import com.aidloop.comparison.domain.ListKind;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.domain.RegisterStatusPolicy;
import com.aidloop.comparison.worklist.WorklistSql;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register rule exists twice: {@link RegisterStatusPolicy} (the register page, identification's
 * look-up) and {@link WorklistSql#RECOGNISED} (the worklists and the figures, in SQL). The same
 * cases go through both: the Java status is the one expected, and the SQL recognises a match
 * exactly when that status is 在册 or 过渡期, on the edges of the transition periods too.
 */
@SpringBootTest
class RegisterRuleAgreementTests {

    @Autowired
    JdbcClient jdbc;

    /** case | transition months | as-of | left the list on | attributes | asked on | status in Java. */
    static final String CASES = """
            on the current list                          |  6 | 2026-10-31 |            |                               | 2026-12-01 | IN_REGISTER
            policies no longer apply                     | 60 | 2026-10-31 |            | policiesApply=否              | 2026-12-01 | EXITED
            policies apply                               | 60 | 2026-10-31 |            | policiesApply=是,exitYear=2019 | 2026-12-01 | IN_REGISTER
            no policies among other attributes           | 60 | 2026-10-31 |            | exitYear=2019,policiesApply=否 | 2026-12-01 | EXITED
            risk open                                    | 12 | 2026-10-31 |            | riskOpen=未消除               | 2027-12-01 | IN_REGISTER
            risk removed, last day of transition         | 12 | 2026-10-31 |            | riskOpen=已消除               | 2027-10-30 | TRANSITION
            risk removed, transition over                | 12 | 2026-10-31 |            | riskOpen=已消除               | 2027-10-31 | EXITED
            risk removed on 31 August, into February     |  6 | 2026-08-31 |            | riskOpen=已消除               | 2027-02-27 | TRANSITION
            risk removed on 31 August, February's end    |  6 | 2026-08-31 |            | riskOpen=已消除               | 2027-02-28 | EXITED
            left the list, the day it left               | 60 | 2026-10-31 | 2026-12-01 |                               | 2026-12-01 | TRANSITION
            left, last day of five years                 | 60 | 2026-10-31 | 2026-12-01 |                               | 2031-11-30 | TRANSITION
            left, five years over                        | 60 | 2026-10-31 | 2026-12-01 |                               | 2031-12-01 | EXITED
            left a list without transition               |  0 | 2026-10-31 | 2026-12-01 |                               | 2026-12-01 | EXITED
            left on 31 August, into February             |  6 | 2026-10-31 | 2026-08-31 |                               | 2027-02-27 | TRANSITION
            left on 31 August, February's end            |  6 | 2026-10-31 | 2026-08-31 |                               | 2027-02-28 | EXITED
            left on 29 February, a day short of a year   | 12 | 2026-10-31 | 2028-02-29 |                               | 2029-02-27 | TRANSITION
            left on 29 February, a year over             | 12 | 2026-10-31 | 2028-02-29 |                               | 2029-02-28 | EXITED
            left with no policies: leaving counts first  |  6 | 2026-10-31 | 2026-12-01 | policiesApply=否              | 2027-01-15 | TRANSITION
            left with the risk removed: from leaving     | 12 | 2025-01-31 | 2026-12-01 | riskOpen=已消除               | 2027-06-01 | TRANSITION
            asked for a day before it left               |  0 | 2026-10-31 | 2026-12-01 |                               | 2026-11-30 | IN_REGISTER
            """;

    static Stream<Arguments> cases() {
        return CASES.lines().map(line -> {
            String[] f = line.split("\\|", -1);
            Map<String, String> attributes = new java.util.TreeMap<>();
            for (String pair : f[4].strip().split(",")) {
                if (!pair.isBlank()) {
                    attributes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            return Arguments.of(
                    f[0].strip(),
                    Integer.parseInt(f[1].strip()),
                    LocalDate.parse(f[2].strip()),
                    f[3].isBlank() ? null : LocalDate.parse(f[3].strip()),
                    attributes,
                    LocalDate.parse(f[5].strip()),
                    RegisterStatus.valueOf(f[6].strip()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaAndSqlAgree(
            String name,
            int months,
            LocalDate asOf,
            LocalDate endedOn,
            Map<String, String> attributes,
            LocalDate on,
            RegisterStatus expected) {
        ListType type = new ListType("AGREEMENT", "测试类型", ListKind.SUPPORT, "民政", months, List.of());

        RegisterStatus java =
                RegisterStatusPolicy.on(on, type, asOf, endedOn, attributes).status();
        boolean sql = jdbc.sql("SELECT " + WorklistSql.RECOGNISED + """
                         FROM (SELECT CAST(:ended AS DATE) AS ended_on, CAST(:asOf AS DATE) AS as_of,
                                      CAST(:attributes AS TEXT) AS attributes) m,
                              (SELECT CAST(:months AS INTEGER) AS transition_months) t
                        """)
                .param("ended", endedOn)
                .param("asOf", asOf)
                .param("attributes", Attributes.encode(attributes))
                .param("months", months)
                .param("today", on)
                .query(Boolean.class)
                .single();

        assertThat(java).isEqualTo(expected);
        assertThat(sql)
                .as("SQL recognises the match exactly when Java says 在册 or 过渡期")
                .isEqualTo(java != RegisterStatus.EXITED);
    }
}
