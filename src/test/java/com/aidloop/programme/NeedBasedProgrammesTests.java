package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.Term;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue's need-based programmes: the national grants' tiers go with levels of
 * difficulty, the rule ships as a transition year (WARNING), and a county switches it for itself
 * alone, audited. Each test takes a county of its own, so that no other test sees its choice.
 */
@SpringBootTest
class NeedBasedProgrammesTests {

    private static final Term SPRING_2026 = new Term(2026, Term.Semester.SPRING);
    private static final AtomicInteger COUNTIES = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Autowired
    NeedBasedProgrammes needBased;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNationalGrantsTiersGoWithLevelsAndTheRuleShipsAsATransitionYear() {
        IdentificationRequirements requirements = needBased.requirements(freshCounty(), SPRING_2026);

        IdentificationRequirement grant =
                requirements.of("SENIOR_HIGH_NATIONAL_GRANT").orElseThrow();
        assertThat(grant.rule()).isEqualTo(IdentificationRule.WARNING);
        assertThat(grant.countyChoice()).isFalse();
        assertThat(grant.allowedLevels("TIER_1")).containsExactly("特别困难");
        assertThat(grant.allowedLevels("TIER_2")).containsExactly("比较困难");
        assertThat(grant.allows("TIER_3", "一般困难")).isTrue();
        assertThat(grant.allows("TIER_1", "一般困难")).isFalse();
        assertThat(grant.tierLines()).containsExactly("一档：特别困难", "二档：比较困难", "三档：一般困难");
        assertThat(requirements.of("PRIMARY_LIVING_SUBSIDY").orElseThrow().allowedLevels("BOARDER"))
                .containsExactly("特别困难", "比较困难", "一般困难");
        assertThat(requirements.of("SENIOR_HIGH_FEE_WAIVER")).isEmpty();
        assertThat(requirements.of("RURAL_NUTRITION")).isEmpty();
        assertThat(requirements.schoolYear()).isEqualTo(2025);
    }

    @Test
    void aCountySwitchesAProgrammeToRequiredForItselfAloneAndIsAudited() {
        CurrentAccount county = countyStaff(freshCounty());
        String other = freshCounty();

        IdentificationRequirement switched = needBased.switchRule("SENIOR_HIGH_NATIONAL_GRANT", "REQUIRED", county);

        assertThat(switched.rule()).isEqualTo(IdentificationRule.REQUIRED);
        assertThat(switched.countyChoice()).isTrue();
        assertThat(needBased
                        .requirements(county.regionCode(), SPRING_2026)
                        .of("SENIOR_HIGH_NATIONAL_GRANT")
                        .orElseThrow()
                        .refuses())
                .isTrue();
        assertThat(needBased
                        .requirements(other, SPRING_2026)
                        .of("SENIOR_HIGH_NATIONAL_GRANT")
                        .orElseThrow()
                        .refuses())
                .isFalse();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE object_type = 'programme'
                           AND object_id = 'SENIOR_HIGH_NATIONAL_GRANT' AND summary LIKE :summary
                        """)
                        .param("summary", "设置认定要求：国家助学金（" + county.regionCode() + "）%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyCountyStaffSwitchAndOnlyNeedBasedProgrammes() {
        assertThat(catchThrowableOfType(
                        CatalogueChangeForbidden.class,
                        () -> needBased.switchRule("SENIOR_HIGH_NATIONAL_GRANT", "REQUIRED", CatalogueStaff.PROVINCE)))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        ProgrammeNotFound.class,
                        () -> needBased.switchRule("RURAL_NUTRITION", "REQUIRED", countyStaff(freshCounty()))))
                .isNotNull();
    }

    private static String freshCounty() {
        return "43" + String.format("%04d", 1000 + COUNTIES.incrementAndGet() % 8999);
    }

    private static CurrentAccount countyStaff(String county) {
        return new CurrentAccount(-10, "needbased", "测试县级", Set.of(Role.COUNTY_STAFF), county, null);
    }
}
