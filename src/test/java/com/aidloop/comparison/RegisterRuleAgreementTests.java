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

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("on the current list", 6, AS_OF, null, Map.of(), "2026-12-01", RegisterStatus.IN_REGISTER),
                rule(
                        "policies no longer apply",
                        60,
                        AS_OF,
                        null,
                        Map.of("policiesApply", "否"),
                        "2026-12-01",
                        RegisterStatus.EXITED),
                rule(
                        "policies apply",
                        60,
                        AS_OF,
                        null,
                        Map.of("policiesApply", "是", "exitYear", "2019"),
                        "2026-12-01",
                        RegisterStatus.IN_REGISTER),
                rule(
                        "no policies among other attributes",
                        60,
                        AS_OF,
                        null,
                        Map.of("exitYear", "2019", "policiesApply", "否"),
                        "2026-12-01",
                        RegisterStatus.EXITED),
                rule("risk open", 12, AS_OF, null, Map.of("riskOpen", "未消除"), "2027-12-01", RegisterStatus.IN_REGISTER),
                rule(
                        "risk removed, last day of transition",
                        12,
                        AS_OF,
                        null,
                        Map.of("riskOpen", "已消除"),
                        "2027-10-30",
                        RegisterStatus.TRANSITION),
                rule(
                        "risk removed, transition over",
                        12,
                        AS_OF,
                        null,
                        Map.of("riskOpen", "已消除"),
                        "2027-10-31",
                        RegisterStatus.EXITED),
                rule(
                        "risk removed at a month's end, into February",
                        6,
                        LocalDate.of(2026, 8, 31),
                        null,
                        Map.of("riskOpen", "已消除"),
                        "2027-02-27",
                        RegisterStatus.TRANSITION),
                rule(
                        "risk removed at a month's end, February's last day",
                        6,
                        LocalDate.of(2026, 8, 31),
                        null,
                        Map.of("riskOpen", "已消除"),
                        "2027-02-28",
                        RegisterStatus.EXITED),
                rule(
                        "left the list, the day it left",
                        60,
                        AS_OF,
                        "2026-12-01",
                        Map.of(),
                        "2026-12-01",
                        RegisterStatus.TRANSITION),
                rule(
                        "left, last day of five years",
                        60,
                        AS_OF,
                        "2026-12-01",
                        Map.of(),
                        "2031-11-30",
                        RegisterStatus.TRANSITION),
                rule("left, five years over", 60, AS_OF, "2026-12-01", Map.of(), "2031-12-01", RegisterStatus.EXITED),
                rule(
                        "left a list without transition",
                        0,
                        AS_OF,
                        "2026-12-01",
                        Map.of(),
                        "2026-12-01",
                        RegisterStatus.EXITED),
                rule(
                        "left on 31 August, six months into February",
                        6,
                        AS_OF,
                        "2026-08-31",
                        Map.of(),
                        "2027-02-27",
                        RegisterStatus.TRANSITION),
                rule(
                        "left on 31 August, February's last day",
                        6,
                        AS_OF,
                        "2026-08-31",
                        Map.of(),
                        "2027-02-28",
                        RegisterStatus.EXITED),
                rule(
                        "left on 29 February, a year on",
                        12,
                        AS_OF,
                        "2028-02-29",
                        Map.of(),
                        "2029-02-27",
                        RegisterStatus.TRANSITION),
                rule(
                        "left on 29 February, a year over",
                        12,
                        AS_OF,
                        "2028-02-29",
                        Map.of(),
                        "2029-02-28",
                        RegisterStatus.EXITED),
                rule(
                        "left, policies no longer apply: leaving counts first",
                        6,
                        AS_OF,
                        "2026-12-01",
                        Map.of("policiesApply", "否"),
                        "2027-01-15",
                        RegisterStatus.TRANSITION),
                rule(
                        "left with the risk removed: from the day it left",
                        12,
                        LocalDate.of(2025, 1, 31),
                        "2026-12-01",
                        Map.of("riskOpen", "已消除"),
                        "2027-06-01",
                        RegisterStatus.TRANSITION),
                rule(
                        "asked for a day before it left",
                        0,
                        AS_OF,
                        "2026-12-01",
                        Map.of(),
                        "2026-11-30",
                        RegisterStatus.IN_REGISTER));
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

    private static Arguments rule(
            String name,
            int months,
            LocalDate asOf,
            String endedOn,
            Map<String, String> attributes,
            String on,
            RegisterStatus expected) {
        return Arguments.of(
                name,
                months,
                asOf,
                endedOn == null ? null : LocalDate.parse(endedOn),
                attributes,
                LocalDate.parse(on),
                expected);
    }
}
