package com.aidloop.identification.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.shared.UploadedFile;
import com.aidloop.testing.SchoolPupils;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Semester adjustments against PostgreSQL with the demo county: a school re-assesses a finally
 * decided application with a reason, the family's change, a re-score and evidence; the decision
 * replaced stays in the history; an application the county approved goes back through three-party
 * review from the village, one decided outside it stays decided; bad input, undecided applications,
 * other schools and hostile files are refused and leave nothing behind.
 */
@SpringBootTest
class AdjustmentsTests {

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews threeParty;

    @Autowired
    AdjustingIdentification adjusting;

    @Autowired
    AdjustmentEvidence evidence;

    @Autowired
    JdbcClient jdbc;

    /** 三市镇中心小学: primary, inside three-party review. */
    static final String PRIMARY = "2143062611";
    /** 三市镇中心幼儿园: preschool, outside three-party review by the county's default. */
    static final String KINDERGARTEN = "2143062620";

    CurrentAccount school;
    CurrentAccount otherSchool;
    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void accounts() {
        school = staff(-71, PRIMARY);
        otherSchool = staff(-72, "2143062612");
    }

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void aDecidedApplicationIsAdjustedWithTheFamilysChangeAndAReScoreAndTheHistoryKept() throws Exception {
        long id = decided();
        LocalDate hurt = LocalDate.now().minusDays(3);

        long adjustment = adjusting.adjust(
                id,
                new AdjustmentRequest(
                        DifficultyLevel.FAIRLY,
                        "父亲工伤致残，家庭失去主要收入",
                        new Emergency(Emergency.Kind.ACCIDENT, hurt, "工地事故"),
                        true),
                upload("诊断证明.png", png()),
                "诊断证明",
                school);

        assertThat(applications.get(id, school).decision().level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThat(applications.get(id, school).suggestion().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(applications.get(id, school).status())
                .as("the county approved it: the adjustment goes back through three-party review")
                .isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);
        List<HistoryEntry> history = adjusting.history(id, school);
        assertThat(history).extracting(HistoryEntry::step).containsExactly(HistoryEntry.DECIDED, HistoryEntry.ADJUSTED);
        assertThat(history)
                .extracting(HistoryEntry::level)
                .containsExactly(DifficultyLevel.SPECIAL, DifficultyLevel.FAIRLY);
        HistoryEntry adjusted = history.get(1);
        assertThat(adjusted.reason()).isEqualTo("父亲工伤致残，家庭失去主要收入");
        assertThat(adjusted.adjustment().change().note()).isEqualTo("工地事故");
        assertThat(adjusted.adjustment().rescored().explanation()).contains("孤儿");
        assertThat(adjusted.adjustment().rescored().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(adjusting.evidenceOf(id).get(adjustment)).hasSize(1);
        String sealed = jdbc.sql("SELECT change_sealed FROM identification_adjustment WHERE id = :id")
                .param("id", adjustment)
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain("工地事故");
        assertThat(jdbc.sql("""
                        SELECT summary FROM audit_event WHERE object_type = 'identification_adjustment' AND object_id = :id
                        """)
                        .param("id", String.valueOf(adjustment))
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("特别困难 → 比较困难", "重新送三方会审");
    }

    @Test
    void adjustingAnApprovedApplicationSendsItBackToTheVillageAndNeedsTheCountysApprovalAgain() {
        long id = decided();
        assertThat(review(id)).containsEntry("step", "APPROVED").containsEntry("round", 1);

        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.GENERAL, "母亲在县城就业，家庭收入增加", null, false), school);

        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);
        assertThat(applications.get(id, school).status().finallyDecided()).isFalse();
        assertThat(review(id))
                .containsEntry("step", "VILLAGE")
                .containsEntry("round", 2)
                .containsEntry("approved", false)
                .containsEntry("village_checked", false);
        assertThatThrownBy(() -> adjusting.adjust(
                        id, new AdjustmentRequest(DifficultyLevel.FAIRLY, "再次变故", null, false), school))
                .as("not final while re-reviewed")
                .isInstanceOf(ApplicationMoveRefused.class)
                .hasMessage("identification.application.move");

        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));

        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(id, school).decision().level()).isEqualTo(DifficultyLevel.GENERAL);
        assertThat(review(id)).containsEntry("step", "APPROVED").containsEntry("approved", true);
    }

    @Test
    void adjustingADecisionOutsideThreePartyReviewKeepsItDecided() {
        CurrentAccount kindergarten = staff(-74, KINDERGARTEN);
        long id = decided(KINDERGARTEN, kindergarten);
        assertThat(applications.get(id, kindergarten).status()).isEqualTo(ApplicationStatus.DECIDED);

        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.FAIRLY, "家庭收入增加", null, false), kindergarten);

        assertThat(applications.get(id, kindergarten).status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(applications.get(id, kindergarten).decision().level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThat(jdbc.sql("SELECT count(*) FROM identification_three_party_review WHERE application_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aSecondAdjustmentKeepsTheFirstDecisionAtTheHeadOfTheHistory() {
        long id = decided();

        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.FAIRLY, "家庭收入增加", null, false), school);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.GENERAL, "母亲就业", null, false), school);

        assertThat(adjusting.history(id, school))
                .extracting(HistoryEntry::level)
                .containsExactly(DifficultyLevel.SPECIAL, DifficultyLevel.FAIRLY, DifficultyLevel.GENERAL);
    }

    @Test
    void badInputAndUndecidedOrForeignApplicationsAreRefusedAndHostileEvidenceLeavesNoAdjustment() {
        long id = decided();
        long notDecided = started();

        assertThatThrownBy(() ->
                        adjusting.adjust(id, new AdjustmentRequest(DifficultyLevel.FAIRLY, " ", null, false), school))
                .isInstanceOf(AdjustmentRefused.class)
                .hasMessage("identification.adjustment.needsReason");
        assertThatThrownBy(() -> adjusting.adjust(
                        id,
                        new AdjustmentRequest(
                                DifficultyLevel.FAIRLY,
                                "灾害",
                                new Emergency(
                                        Emergency.Kind.DISASTER, LocalDate.now().plusDays(5), ""),
                                false),
                        school))
                .hasMessage("identification.adjustment.changeDate");
        assertThatThrownBy(() -> adjusting.adjust(
                        notDecided, new AdjustmentRequest(DifficultyLevel.FAIRLY, "变故", null, false), school))
                .isInstanceOf(ApplicationMoveRefused.class)
                .hasMessage("identification.application.move");
        assertThatThrownBy(() -> adjusting.adjust(
                        id, new AdjustmentRequest(DifficultyLevel.FAIRLY, "变故", null, false), otherSchool))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> adjusting.adjust(
                        id,
                        new AdjustmentRequest(DifficultyLevel.FAIRLY, "变故", null, false),
                        upload("证明.jpg", new byte[] {'M', 'Z', 0, 0}),
                        "证明",
                        school))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessage("identification.evidence.executable");

        assertThat(adjusting.history(id, school)).singleElement().satisfies(h -> assertThat(h.level())
                .isEqualTo(DifficultyLevel.SPECIAL));
        assertThat(applications.get(id, school).decision().level()).isEqualTo(DifficultyLevel.SPECIAL);
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.HEALTHY),
                        new Member("王秀英", "母亲", 40, "无业人员（无收入）", "", new BigDecimal("3000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of("GUER"),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of("HOME_REGION", "集中连片特困地区"),
                new Commitment("王秀英", LocalDate.now()));
    }

    long started() {
        return started(PRIMARY, school);
    }

    long started(String schoolCode, CurrentAccount staff) {
        long student = SchoolPupils.withoutApplication(jdbc, schoolCode);
        long id = applications.start(student, Source.PAPER, staff);
        made.add(id);
        return id;
    }

    /** The application's three-party review: step, round, whether approved and whether the village checked. */
    Map<String, Object> review(long id) {
        return jdbc.sql("""
                        SELECT step, round, approved_at IS NOT NULL AS approved, village_verdict IS NOT NULL AS village_checked
                          FROM identification_three_party_review WHERE application_id = :id
                        """).param("id", id).query().singleRow();
    }

    /**
     * Submitted, class reviewed (as the class review would), decided at the suggestion 特别困难 (孤儿)
     * and approved through three-party review (a primary school's stage is inside it).
     */
    long decided() {
        return decided(PRIMARY, school);
    }

    /** As {@link #decided()} at a school of a stage the county may keep outside three-party review. */
    long decided(String schoolCode, CurrentAccount staff) {
        long id = started(schoolCode, staff);
        applications.revise(id, form(), staff);
        applications.consent(id, "王秀英", true, true, staff);
        submitting.submit(id, staff);
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        deciding.decideAsSuggested(List.of(id), staff);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        return id;
    }

    static byte[] png() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static UploadedFile upload(String name, byte[] content) {
        return new UploadedFile(name, content.length, target -> Files.write(target, content));
    }

    CurrentAccount staff(long id, String schoolCode) {
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", schoolCode)
                .query(Long.class)
                .single();
        return new CurrentAccount(id, "school-" + schoolCode, "测试", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }
}
