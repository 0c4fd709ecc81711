package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.programme.CatalogueApprovals;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.CatalogueStaff;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInput;
import com.aidloop.programme.ProgrammeManagement;
import com.aidloop.programme.StandardInput;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county's own catalogue entries apply in that county only, national ones everywhere: the roster
 * import of 平江县 checks rows against 平江县's programmes and not 岳阳县's, and a confirmation in
 * 平江县 is bound by 平江县's exclusion groups, never by 岳阳县's.
 */
@SpringBootTest
class CountyCatalogueTests {

    @Autowired
    ImportingRoster importing;

    @Autowired
    ConfirmingAwards confirming;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    CatalogueApprovals approvals;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void anImportChecksRowsAgainstTheProgrammesOfItsOwnCountyOnly() {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        String pingjiang = openWithStandard(
                "PINGJIANG_AID_" + suffix, "平江县助学金" + suffix, CatalogueStaff.COUNTY, CatalogueStaff.COUNTY2);
        String yueyang = openWithStandard(
                "YUEYANG_AID_" + suffix, "岳阳县助学金" + suffix, CatalogueStaff.YUEYANG, CatalogueStaff.YUEYANG2);
        List<Rosters.Line> lines = Rosters.pupils(2);
        lines.get(0)
                .set(RosterColumn.PROGRAMME, pingjiang)
                .set(RosterColumn.TIER, "标准")
                .set(RosterColumn.AMOUNT, "300.00");
        lines.get(1)
                .set(RosterColumn.PROGRAMME, yueyang)
                .set(RosterColumn.TIER, "标准")
                .set(RosterColumn.AMOUNT, "300.00");

        RosterImportView view = importing.submit(
                Rosters.upload(Rosters.xlsx(dir.resolve("county.xlsx"), lines)),
                RosterImportTests.AUTUMN_2026,
                ImportMode.VALIDATE,
                false,
                Rosters.countyStaff(),
                true);

        assertThat(importing
                        .problems(view.id(), Rosters.countyStaff().scope(), null, new Paging(1, 100))
                        .content())
                .extracting(ImportProblem::sentence)
                .singleElement()
                .satisfies(sentence -> assertThat(sentence)
                        .startsWith("第3行 资助项目：")
                        .contains(yueyang)
                        .contains("不在资助项目目录中"));
    }

    @Test
    void aConfirmationIsBoundByTheExclusionGroupsOfItsOwnCountyOnly() {
        Term term = Term.parse("2033-AUTUMN");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.ANDING_PRIMARY);
        ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.ANDING_PRIMARY, 0);
        ConfirmationFixtures.award(
                jdbc,
                term,
                ConfirmationFixtures.ANDING_PRIMARY,
                0,
                "RURAL_NUTRITION",
                "农村义务教育学生营养改善计划",
                "PRIMARY",
                "标准",
                "500.00");
        exclusion("岳阳县生活补助与营养餐", CatalogueStaff.YUEYANG, CatalogueStaff.YUEYANG2);

        confirming.confirm(
                new Request(term, school, "PRIMARY_LIVING_SUBSIDY", null), ConfirmationFixtures.county("county"));
        confirming.confirm(new Request(term, school, "RURAL_NUTRITION", null), ConfirmationFixtures.county("county"));

        Term next = Term.parse("2034-AUTUMN");
        ConfirmationFixtures.clear(jdbc, next);
        ConfirmationFixtures.livingSubsidy(jdbc, next, ConfirmationFixtures.ANDING_PRIMARY, 0);
        ConfirmationFixtures.award(
                jdbc,
                next,
                ConfirmationFixtures.ANDING_PRIMARY,
                0,
                "RURAL_NUTRITION",
                "农村义务教育学生营养改善计划",
                "PRIMARY",
                "标准",
                "500.00");
        long own = exclusion("平江县生活补助与营养餐", CatalogueStaff.COUNTY, CatalogueStaff.COUNTY2);
        try {
            assertThatThrownBy(() -> confirming.confirm(
                            new Request(next, school, null, null), ConfirmationFixtures.county("county")))
                    .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> assertThat(refused.breaches())
                            .singleElement()
                            .satisfies(b -> assertThat(b.rule()).isEqualTo(PayingRule.EXCLUSIVE_PROGRAMMES)));
        } finally {
            // the demo county's own students hold both; leave the group to no other test
            approvals.approve(changes.proposeRemoval(own, CatalogueStaff.COUNTY).id(), CatalogueStaff.COUNTY2);
        }
    }

    private String openWithStandard(String code, String name, CurrentAccount proposer, CurrentAccount approver) {
        programmes.open(
                new ProgrammeInput(
                        code, name, "", List.of("PRIMARY"), "BOTH", "LOCAL_AID", "LOCAL", "2026-SPRING", "", ""),
                proposer);
        new CatalogueStaff.TwoPeople(changes, approvals, catalogue)
                .record(
                        code,
                        0,
                        new StandardInput("标准", "", "2026-AUTUMN", "300", "", "", false, "", ""),
                        proposer,
                        approver);
        return name;
    }

    private long exclusion(String name, CurrentAccount proposer, CurrentAccount approver) {
        approvals.approve(
                changes.proposeExclusion(
                                "", name, List.of("PRIMARY_LIVING_SUBSIDY", "RURAL_NUTRITION"), "", "", proposer)
                        .id(),
                approver);
        return jdbc.sql("SELECT max(id) FROM programme_exclusion WHERE name = :n AND superseded_at IS NULL")
                .param("n", name)
                .query(Long.class)
                .single();
    }
}
