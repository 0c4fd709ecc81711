package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.iam.DataScope;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ProgrammeCatalogueIntegrationTests {

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    ProgrammeManagement management;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    CatalogueApprovals approvals;

    @Autowired
    JdbcClient jdbc;

    private static final DataScope PINGJIANG = CatalogueStaff.COUNTY.scope();

    private CatalogueStaff.TwoPeople twoPeople() {
        return new CatalogueStaff.TwoPeople(changes, approvals, catalogue);
    }

    private Money amount(String code, String tier, String term) {
        return catalogue
                .asOf(Term.parse(term), PINGJIANG)
                .programme(code)
                .orElseThrow()
                .tier(tier)
                .map(Standard::amount)
                .orElse(null);
    }

    @Test
    void theSeededCatalogueHoldsTheNationalProgrammesWithTheirHistory() {
        assertThat(amount("SENIOR_HIGH_NATIONAL_GRANT", "TIER_1", "2025-SPRING"))
                .isEqualTo(Money.yuan(1750));
        assertThat(amount("SENIOR_HIGH_NATIONAL_GRANT", "TIER_1", "2024-AUTUMN"))
                .isEqualTo(Money.yuan(1500));
        assertThat(amount("RURAL_NUTRITION", "STANDARD", "2021-AUTUMN")).isEqualTo(Money.yuan(500));
        assertThat(amount("RURAL_NUTRITION", "STANDARD", "2021-SPRING")).isEqualTo(Money.yuan(400));
        assertThat(amount("HIGHER_NATIONAL_SCHOLARSHIP", "STANDARD", "2024-AUTUMN"))
                .isEqualTo(Money.yuan(10000));
        assertThat(amount("HIGHER_NATIONAL_SCHOLARSHIP", "STANDARD", "2023-AUTUMN"))
                .isEqualTo(Money.yuan(8000));
        assertThat(amount("JUNIOR_LIVING_SUBSIDY", "NON_BOARDER", "2026-AUTUMN"))
                .isEqualTo(Money.yuan("312.50"));
        assertThat(amount("VOCATIONAL_NATIONAL_GRANT", "STANDARD", "2025-SPRING"))
                .as("replaced by tiers")
                .isNull();

        java.util.List<String> seeded = java.util.List.of(
                "PRESCHOOL_AID",
                "PRESCHOOL_FREE_YEAR",
                "PRIMARY_LIVING_SUBSIDY",
                "JUNIOR_LIVING_SUBSIDY",
                "RURAL_NUTRITION",
                "SENIOR_HIGH_NATIONAL_GRANT",
                "SENIOR_HIGH_FEE_WAIVER",
                "VOCATIONAL_NATIONAL_GRANT",
                "VOCATIONAL_TUITION_WAIVER",
                "VOCATIONAL_NATIONAL_SCHOLARSHIP",
                "HIGHER_NATIONAL_SCHOLARSHIP",
                "HIGHER_ENCOURAGEMENT_SCHOLARSHIP",
                "HIGHER_NATIONAL_GRANT",
                "COUNTY_TEMPORARY_RELIEF",
                "SOCIAL_GRANT");
        Catalogue autumn = catalogue.asOf(Term.parse("2026-AUTUMN"), PINGJIANG);
        assertThat(autumn.programmes()).extracting(ProgrammeInForce::code).containsAll(seeded);
        assertThat(autumn.programmes())
                .filteredOn(p -> seeded.contains(p.code()))
                .allSatisfy(p -> {
                    assertThat(p.programme().source()).isNotBlank();
                    assertThat(p.paysThisTerm()).as(p.code()).isTrue();
                    assertThat(p.tiers()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
                });
    }

    @Test
    void importsCheckRowsAgainstTheSeededCatalogue() {
        Term spring = Term.parse("2025-SPRING");
        assertThat(catalogue
                        .check("普高国家助学金", "一档", Money.yuan(1750), Stage.SENIOR_HIGH, spring, PINGJIANG)
                        .passed())
                .isTrue();
        assertThat(catalogue
                        .check("国家助学金", "1档", Money.yuan(1750), Stage.VOCATIONAL, spring, PINGJIANG)
                        .passed())
                .isTrue();
        assertThat(catalogue
                        .check("国家助学金", "一档", Money.yuan(1500), Stage.SENIOR_HIGH, spring, PINGJIANG)
                        .rule())
                .isEqualTo(CatalogueRule.AMOUNT_MISMATCH);
        assertThat(catalogue
                        .check("营养餐", "", Money.yuan(500), Stage.PRIMARY, Term.parse("2026-AUTUMN"), PINGJIANG)
                        .passed())
                .isTrue();
        assertThat(catalogue
                        .check("两免一补生活补助", "走读", Money.yuan("312.5"), Stage.JUNIOR_SECONDARY, spring, PINGJIANG)
                        .passed())
                .isTrue();
        assertThat(catalogue
                        .check("国家奖学金", "", Money.yuan(10000), Stage.HIGHER, spring, PINGJIANG)
                        .rule())
                .isEqualTo(CatalogueRule.NOT_FOR_TERM);
        assertThat(catalogue
                        .check("临时救助", "", Money.yuan(2500), Stage.SENIOR_HIGH, spring, PINGJIANG)
                        .rule())
                .isEqualTo(CatalogueRule.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void aStandardIsStoredAndACorrectionLeavesThePastReproducible() {
        String code = TestProgrammes.nextCode();
        ProgrammeView opened = management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        Standard first = twoPeople().record(code, opened.version(), TestProgrammes.fixed("一档", "2026-AUTUMN", "800"));
        Instant between = catalogue.now();
        int version =
                catalogue.detail(code, PINGJIANG).orElseThrow().programme().version();
        twoPeople().record(code, version, TestProgrammes.fixed("一档", "2026-AUTUMN", "850"));

        Term autumn = Term.parse("2026-AUTUMN");
        assertThat(catalogue
                        .asOf(autumn, PINGJIANG)
                        .programme(code)
                        .orElseThrow()
                        .tierSummary())
                .isEqualTo("一档 850.00");
        assertThat(catalogue
                        .asOf(autumn, between, PINGJIANG)
                        .programme(code)
                        .orElseThrow()
                        .tierSummary())
                .isEqualTo("一档 800.00");
        assertThat(catalogue
                        .asOf(autumn, first.recordedAt().minusNanos(1_000), PINGJIANG)
                        .programme(code)
                        .orElseThrow()
                        .paysThisTerm())
                .isFalse();
        assertThat(catalogue
                        .asOf(autumn, opened.createdAt().minusMillis(1), PINGJIANG)
                        .programme(code))
                .isEmpty();
        assertThat(catalogue.detail(code, PINGJIANG).orElseThrow().history())
                .extracting(s -> s.amountText() + (s.isSuperseded() ? " superseded by " + s.supersededBy() : ""))
                .containsExactly("800.00 superseded by county", "850.00");
    }

    @Test
    void everyChangeIsAuditedWithOldAndNewValues() {
        String code = TestProgrammes.nextCode();
        ProgrammeView opened = management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        twoPeople().record(code, opened.version(), TestProgrammes.fixed("一档", "2026-AUTUMN", "800"));
        twoPeople().record(code, opened.version() + 1, TestProgrammes.fixed("一档", "2026-AUTUMN", "850"));
        twoPeople().record(code, opened.version() + 2, TestProgrammes.fixed("一档", "2027-AUTUMN", "900"));
        ProgrammeInput renamed = new ProgrammeInput(
                code,
                "测试救助金" + code.substring(5),
                "救助金" + code.substring(5),
                opened.stages().stream().map(Stage::name).toList(),
                "BOTH",
                "LOCAL_AID",
                "LOCAL",
                "2025-SPRING",
                "平教发〔2026〕1号",
                "测试项目");
        management.revise(code, opened.version() + 3, renamed, CatalogueStaff.COUNTY);
        management.deactivate(code, opened.version() + 4, "2028年春季学期", CatalogueStaff.COUNTY);

        var records = new AuditLog(jdbc).about("programme", code);
        assertThat(records)
                .extracting(r -> r.action())
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE");
        assertThat(records.get(0).changes()).extracting(c -> c.field()).contains("项目代码", "项目名称", "学段", "起始学期");
        assertThat(records.get(1).summary()).startsWith("新增资助标准：");
        assertThat(records.get(1).changes())
                .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly("一档（2026年秋季学期起）:null→800.00");
        assertThat(records.get(2).summary()).startsWith("更正资助标准：");
        assertThat(records.get(2).changes())
                .extracting(c -> c.oldValue() + "→" + c.newValue())
                .containsExactly("800.00→850.00");
        assertThat(records.get(3).changes())
                .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly("一档（2027年秋季学期起）:850.00→900.00");
        assertThat(records.get(4).changes()).extracting(c -> c.field()).containsExactly("项目名称", "别名");
        assertThat(records.get(5).changes())
                .extracting(c -> c.oldValue() + "→" + c.newValue())
                .containsExactly("启用→停用（最后发放学期：2027年秋季学期）");
        assertThat(catalogue.detail(code, PINGJIANG).orElseThrow().programme().active())
                .isFalse();
    }

    @Test
    void aSecondEditorWorkingFromTheOldVersionIsRefused() {
        String code = TestProgrammes.nextCode();
        ProgrammeView opened = management.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        twoPeople().record(code, opened.version(), TestProgrammes.fixed("一档", "2026-AUTUMN", "800"));

        assertThatThrownBy(() -> changes.proposeStandard(
                        code,
                        opened.version(),
                        TestProgrammes.fixed("一档", "2026-AUTUMN", "900"),
                        CatalogueStaff.COUNTY))
                .isInstanceOf(ProgrammeChangedMeanwhile.class);
        assertThat(catalogue
                        .asOf(Term.parse("2026-AUTUMN"), PINGJIANG)
                        .programme(code)
                        .orElseThrow()
                        .tierSummary())
                .isEqualTo("一档 800.00");
    }

    @Test
    void refusesANameThatAnotherProgrammeOfTheStageUses() {
        ProgrammeInput nutrition = new ProgrammeInput(
                TestProgrammes.nextCode(),
                "营养餐",
                "",
                java.util.List.of("小学"),
                "BOTH",
                "NUTRITION",
                "LOCAL",
                "2026-SPRING",
                "",
                "");

        assertThatThrownBy(() -> management.open(nutrition, CatalogueStaff.COUNTY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("name:programme.name.taken"));
    }

    @Test
    void aProgrammeWithoutCodeGetsOne() {
        ProgrammeInput input = TestProgrammes.countyProgramme(TestProgrammes.nextCode());
        ProgrammeInput withoutCode = new ProgrammeInput(
                " ",
                input.name(),
                "",
                input.stages(),
                input.semesters(),
                input.kind(),
                input.fundingLevel(),
                input.firstTerm(),
                "",
                "");

        assertThat(management.open(withoutCode, CatalogueStaff.COUNTY).code()).matches("PROGRAMME_\\d+");
    }

    @Test
    void theDatabaseKeepsRecordedStandardsAsTheyWere() {
        long id = jdbc.sql("SELECT min(id) FROM programme_standard")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE programme_standard SET amount = 1 WHERE id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM programme_standard WHERE id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
    }
}
