package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The paying rules against PostgreSQL: seeds, effective dating, corrections reproducible, audited edits, scope. */
@SpringBootTest
class PayingRulesTests {

    @Autowired
    PayingRules rules;

    @Autowired
    PayingRulesManagement management;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeManagement programmeManagement;

    private static final DataScope PINGJIANG = DataScope.region("430626");

    @Test
    void theSeededCatalogueCarriesHunansSharesSchedulesAndTheExclusiveScholarships() {
        FundingShares grant = rules.sharesFor("VOCATIONAL_NATIONAL_GRANT", Term.parse("2026-AUTUMN"))
                .orElseThrow();
        assertThat(grant.central()).isEqualByComparingTo("60");
        assertThat(grant.uncertain()).isTrue();
        assertThat(rules.sharesFor("HIGHER_NATIONAL_SCHOLARSHIP", Term.parse("2026-AUTUMN"))
                        .orElseThrow()
                        .central())
                .isEqualByComparingTo("100");
        // The seed pays once per term; the demo province pays monthly from the demo term on (DemoInstallments).
        assertThat(rules.scheduleFor("VOCATIONAL_NATIONAL_GRANT", Term.parse("2025-AUTUMN"))
                        .mode())
                .isEqualTo(PayoutSchedule.Mode.ONCE_PER_TERM);
        assertThat(rules.exclusiveWith("HIGHER_NATIONAL_SCHOLARSHIP", PINGJIANG))
                .containsExactly("HIGHER_ENCOURAGEMENT_SCHOLARSHIP");
        assertThat(rules.exclusiveWith("HIGHER_NATIONAL_GRANT", PINGJIANG)).isEmpty();
    }

    @Test
    void sharesTakeEffectFromTheirTermAndACorrectionKeepsWhatStoodBefore() {
        String code = TestProgrammes.nextCode();
        programmeManagement.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        management.recordShares(code, "2030-AUTUMN", Map.of("county", "100"), "", "", CatalogueStaff.COUNTY);
        Instant between = catalogue.now();
        management.recordShares(
                code, "2030-AUTUMN", Map.of("county", "80", "provincial", "20"), "更正", "", CatalogueStaff.COUNTY);
        management.recordShares(
                code, "2031-AUTUMN", Map.of("county", "50", "provincial", "50"), "", "", CatalogueStaff.COUNTY);

        assertThat(rules.sharesFor(code, Term.parse("2030-SPRING"))).isEmpty();
        assertThat(rules.sharesFor(code, Term.parse("2031-SPRING"))
                        .orElseThrow()
                        .provincial())
                .isEqualByComparingTo("20");
        assertThat(rules.sharesFor(code, Term.parse("2031-SPRING"), between)
                        .orElseThrow()
                        .county())
                .isEqualByComparingTo("100");
        assertThat(rules.sharesFor(code, Term.parse("2032-SPRING"))
                        .orElseThrow()
                        .county())
                .isEqualByComparingTo("50");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'programme' AND object_id = :code AND summary LIKE '设置资金分担%'")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE programme_funding_share SET central = 1 WHERE programme_id = (SELECT id FROM programme_programme WHERE code = :c)")
                        .param("c", code)
                        .update())
                .hasMessageContaining("never changed");
    }

    @Test
    void quotasAreSetOnlyForSchoolsInsideTheScopeAndANewValueSupersedesTheOld() {
        long school = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        management.setQuota(school, "RURAL_NUTRITION", "2036-SPRING", "10", "", DataScope.region("430626"));
        management.setQuota(school, "RURAL_NUTRITION", "2036-SPRING", "12", "6000", DataScope.region("430626"));

        SchoolQuota quota = rules.quotaFor(school, "RURAL_NUTRITION", Term.parse("2036-SPRING"))
                .orElseThrow();
        assertThat(quota.quota()).isEqualTo(12);
        assertThat(quota.budget().yuan()).isEqualByComparingTo("6000");
        assertThatThrownBy(() -> management.setQuota(
                        school, "RURAL_NUTRITION", "2036-SPRING", "1", "", DataScope.region("430624")))
                .isInstanceOf(SchoolNotFound.class);
        assertThatThrownBy(() -> management.setQuota(
                        school, "RURAL_NUTRITION", "2036-SPRING", "-1", "abc", DataScope.region("430626")))
                .isInstanceOfSatisfying(com.aidloop.shared.InvalidInput.class, invalid -> assertThat(
                                invalid.concerns("quota") && invalid.concerns("budget"))
                        .isTrue());
    }
}
