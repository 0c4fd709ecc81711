package com.aidloop.identification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.RepresentativeRow;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.ScoreResult;
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
 * Applications against PostgreSQL with the demo county: a school officer enters a paper form,
 * submits it (scored under 平江县's model), the class reviews, the school decides or returns it;
 * evidence is sealed and refused when hostile; another school's staff gets 404.
 */
@SpringBootTest
class ApplicationsTests {

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ApplicationEvidence evidence;

    @Autowired
    ClassReviews reviews;

    @Autowired
    JdbcClient jdbc;

    CurrentAccount school;
    CurrentAccount otherSchool;
    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void accounts() {
        school = staff(-61, "2143062611");
        otherSchool = staff(-62, "2143062612");
    }

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.MAJOR_ILLNESS),
                        new Member("王秀英", "母亲", 40, "无业人员（无收入）", "", new BigDecimal("3000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of("GUER"),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of("HOME_REGION", "集中连片特困地区", "FATHER_JOB", "劳力工人（技术含量较低）"),
                new Commitment("王秀英", LocalDate.now()));
    }

    long started() {
        long student = SchoolPupils.withoutApplication(jdbc, "2143062611");
        long id = applications.start(student, Source.PAPER, school);
        made.add(id);
        return id;
    }

    long submitted() {
        long id = started();
        applications.revise(id, form(), school);
        applications.consent(id, "王秀英", true, true, school);
        submitting.submit(id, school);
        return id;
    }

    @Test
    void aPaperApplicationIsScoredOnSubmissionAndTheScoreKept() {
        long id = started();
        applications.revise(id, form(), school);
        applications.consent(id, "王秀英", true, true, school);

        ScoreResult score = submitting.submit(id, school);

        ApplicationView view = applications.view(id, school);
        assertThat(view.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(view.application().facts().source()).isEqualTo(Source.PAPER);
        assertThat(view.application().form().members()).extracting(Member::name).containsExactly("李建国", "王秀英");
        assertThat(view.application().form().members().getFirst().health()).isEqualTo(Health.MAJOR_ILLNESS);
        assertThat(score.outcome()).isEqualTo(ScoreResult.Outcome.DIRECT);
        assertThat(view.application().suggestion().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(view.scores()).singleElement().satisfies(s -> assertThat(s.explanation())
                .contains("孤儿"));
        String sealed = jdbc.sql("SELECT form_sealed FROM identification_application WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain("李建国").doesNotContain("9000");
    }

    @Test
    void anotherSchoolsApplicationIsNotFound() {
        long id = started();

        assertThatThrownBy(() -> applications.view(id, otherSchool)).isInstanceOf(ApplicationNotFound.class);
        assertThat(applications.list(otherSchool, Applications.currentSchoolYear(), null, null))
                .noneMatch(row -> row.id() == id);
        assertThat(applications.list(school, Applications.currentSchoolYear(), null, null))
                .anyMatch(row -> row.id() == id);
    }

    @Test
    void theSchoolDecidesAsSuggestedOrReturnsTheApplicationWithAReason() {
        long decided = submitted();
        long returned = submitted();
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", decided)
                .update();

        assertThat(deciding.decideAsSuggested(List.of(decided, returned), school))
                .isEqualTo(1);
        deciding.returnToFamily(returned, "请补充父亲病历照片", school);
        applications.revise(returned, form(), school);
        submitting.submit(returned, school);

        assertThat(applications.get(decided, school).decision().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(applications.get(returned, school).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.get(returned, school).returnReason()).isEqualTo("请补充父亲病历照片");
    }

    @Test
    void representativesSeeNameLevelAndAShortReasonOnlyAndTheMinutesAreKept() {
        long id = submitted();
        String className = applications.get(id, school).facts().className();

        List<RepresentativeRow> shown = reviews.forRepresentatives(className, Applications.currentSchoolYear(), school);
        long meeting = reviews.hold(
                new ClassReview(
                        null,
                        className,
                        0,
                        LocalDate.now(),
                        "张老师",
                        "学生代表甲",
                        "家长代表乙",
                        List.of(new VerdictLine(id, Verdict.PENDING, 3, 2, 3, "下次再议"))),
                school);

        assertThat(shown)
                .filteredOn(r -> r.applicationId() == id)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.suggestedLevel()).isEqualTo("特别困难");
                    assertThat(r.toString()).doesNotContain("9000").doesNotContain("大病");
                });
        assertThat(reviews.minutes(meeting, school).review().verdicts())
                .extracting(VerdictLine::verdict)
                .containsExactly(Verdict.PENDING);
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> reviews.minutes(meeting, otherSchool))
                .isInstanceOf(com.aidloop.identification.application.review.ReviewNotFound.class);
    }

    @Test
    void evidenceIsSealedAndOpenedOnlyInReachAndHostileFilesLeaveNothing() throws Exception {
        long id = started();
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        byte[] photo = out.toByteArray();

        long kept = evidence.add(id, upload("户口本.png", photo), "户口本", school);
        assertThatThrownBy(() -> evidence.add(id, upload("照片.jpg", new byte[] {'M', 'Z', 0, 0}), "病历", school))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessage("identification.evidence.executable");

        assertThat(evidence.open(kept, school).kind().mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> evidence.open(kept, otherSchool)).isInstanceOf(ApplicationNotFound.class);
        assertThat(applications.view(id, school).evidence())
                .extracting(EvidenceItem::title)
                .containsExactly("户口本");
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
