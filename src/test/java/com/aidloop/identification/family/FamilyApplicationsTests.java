package com.aidloop.identification.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.FamilyStudentNotFound;
import com.aidloop.iam.Role;
import com.aidloop.iam.family.FamilyAuthentication;
import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.FamilyApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.UploadedFile;
import com.aidloop.testing.FamilyCodesSent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The family's own application against PostgreSQL with the demo county (its 2026学年 window open):
 * the consent comes first and nothing is entered or submitted without it; a hostile file from the
 * phone is refused like any evidence and leaves nothing; the family submits
 * within the window and is refused in Chinese outside it (the school's paper entry as well); a
 * returned application is corrected and submitted again after the window; another family finds
 * nothing (404), on the service and on the pages.
 */
@SpringBootTest
class FamilyApplicationsTests {

    static final Instant AFTER_THE_WINDOW = Instant.now().plus(Duration.ofDays(90));

    @Autowired
    FamilyApplications family;

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    private final List<Long> studentsUsed = new ArrayList<>();
    private List<GuardianPhone> free;
    private CurrentAccount school;

    @BeforeEach
    void guardiansWithoutApplication() {
        List<GuardianPhone> guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools);
        // the first is the demo guardian and the last the invitation test's: left to those tests
        free = guardians.subList(1, guardians.size() - 1).stream()
                .filter(g -> jdbc.sql("SELECT count(*) FROM identification_application WHERE student_id = :s")
                                .param("s", g.student().id())
                                .query(Integer.class)
                                .single()
                        == 0)
                .toList();
        school = new CurrentAccount(
                -81,
                "family-tests-school",
                "测试",
                Set.of(Role.SCHOOL_STAFF),
                null,
                free.getFirst().student().schoolId());
    }

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_application WHERE student_id = ANY(:ids)")
                .param("ids", studentsUsed.toArray(Long[]::new))
                .update();
    }

    private FamilyApplicant guardianOf(int n) {
        GuardianPhone g = free.get(n);
        studentsUsed.add(g.student().id());
        return new FamilyApplicant(
                Set.of(g.student().id()),
                new FamilyActor(FamilyActor.Kind.GUARDIAN, g.phone().masked()));
    }

    private static long studentOf(FamilyApplicant applicant) {
        return applicant.students().iterator().next();
    }

    static ApplicationForm form(String signedBy) {
        return new ApplicationForm(
                List.of(
                        new Member("赵大山", "父亲", 45, "农村务农", "", new BigDecimal("8000"), Health.MAJOR_ILLNESS),
                        new Member(signedBy, "母亲", 41, "务工", "县城餐馆", new BigDecimal("12000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of(),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of(),
                new Commitment(signedBy, LocalDate.now()));
    }

    @Test
    void theConsentComesFirstThenTheFamilyFillsInAddsAPhotoAndSubmitsWithinTheWindow() throws Exception {
        FamilyApplicant applicant = guardianOf(0);
        long student = studentOf(applicant);
        assertThatThrownBy(() -> family.start(student, " ", applicant, Instant.now()))
                .hasMessage("identification.family.consentName");
        assertThat(family.current(student, applicant)).isEmpty();

        long id = family.start(student, "钱秀兰", applicant, Instant.now());
        family.revise(id, form("钱秀兰"), applicant);
        family.addEvidence(id, png("病历.png"), "父亲病历", applicant);
        byte[] script = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes();
        assertThatThrownBy(() -> family.addEvidence(
                        id,
                        new UploadedFile("照片.png", script.length, target -> Files.write(target, script)),
                        "照片",
                        applicant))
                .hasMessage("identification.evidence.svg");
        family.submit(id, applicant, Instant.now());

        Application a = family.view(id, applicant).application();
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.facts().source()).isEqualTo(Source.FAMILY);
        assertThat(a.facts().enteredBy()).startsWith("家长").contains("****");
        assertThat(a.consent().givenBy()).isEqualTo("钱秀兰");
        assertThat(a.consent().byGuardian()).isTrue();
        assertThat(a.suggestion()).isNotNull();
        assertThat(family.view(id, applicant).evidence()).singleElement().satisfies(e -> assertThat(e.title())
                .isEqualTo("父亲病历"));
        assertThat(family.current(student, applicant))
                .hasValueSatisfying(row -> assertThat(row.id()).isEqualTo(id));
        assertThatThrownBy(() -> family.start(student, "钱秀兰", applicant, Instant.now()))
                .hasMessage("identification.application.exists");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE object_type = 'identification_application'
                           AND object_id = :id AND action = 'REVEAL'
                        """)
                        .param("id", Long.toString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void withoutTheConsentNothingIsEnteredAndAChildUnder14ConsentsThroughTheGuardian() {
        FamilyApplicant applicant = guardianOf(1);
        long student = studentOf(applicant);
        long paper = applications.start(student, Source.PAPER, school);

        assertThatThrownBy(() -> family.revise(paper, form("孙丽"), applicant))
                .hasMessage("identification.application.noConsent");
        assertThatThrownBy(() -> family.addEvidence(paper, png("a.png"), "照片", applicant))
                .hasMessage("identification.application.noConsent");
        family.consent(paper, "孙丽", applicant);
        family.revise(paper, form("孙丽"), applicant);
        assertThat(family.get(paper, applicant).form().members()).hasSize(2);

        FamilyApplicant pupilHimself =
                new FamilyApplicant(applicant.students(), new FamilyActor(FamilyActor.Kind.STUDENT, "199****0009"));
        applications.withdraw(paper, school);
        assertThatThrownBy(() -> family.start(student, "本人", pupilHimself, Instant.now()))
                .hasMessage("identification.application.consentByGuardian");
    }

    @Test
    void outsideTheWindowSubmittingIsRefusedForFamilyAndPaperAlikeButAReturnedApplicationIsResubmitted() {
        FamilyApplicant applicant = guardianOf(2);
        long id = family.start(studentOf(applicant), "周芳", applicant, Instant.now());
        family.revise(id, form("周芳"), applicant);

        assertThatThrownBy(() -> family.submit(id, applicant, AFTER_THE_WINDOW))
                .isInstanceOf(ApplicationMoveRefused.class)
                .hasMessage("identification.application.windowClosed")
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("2026学年", "申请时间", "补充申请");
        FamilyApplicant late = guardianOf(3);
        assertThatThrownBy(() -> family.start(studentOf(late), "吴敏", late, AFTER_THE_WINDOW))
                .hasMessage("identification.application.windowClosed");
        long paper = applications.start(studentOf(late), Source.PAPER, school);
        applications.revise(paper, form("吴敏"), school);
        applications.consent(paper, "吴敏", true, true, school);
        assertThatThrownBy(() -> submitting.submit(paper, school, AFTER_THE_WINDOW))
                .hasMessage("identification.application.windowClosed");

        family.submit(id, applicant, Instant.now());
        deciding.returnToFamily(id, "请补充父亲的诊断证明", school);
        family.revise(id, form("周芳"), applicant);
        family.submit(id, applicant, AFTER_THE_WINDOW);
        assertThat(family.get(id, applicant).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anotherFamilyFindsNothingOnTheServiceAndThePages() throws Exception {
        FamilyApplicant owner = guardianOf(4);
        FamilyApplicant other = guardianOf(5);
        long id = family.start(studentOf(owner), "郑红", owner, Instant.now());
        family.revise(id, form("郑红"), owner);
        long photo = family.addEvidence(id, png("户口本.png"), "户口本", owner);

        assertThatThrownBy(() -> family.view(id, other)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.revise(id, form("x"), other)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.submit(id, other, Instant.now())).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.withdraw(id, other)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.openEvidence(photo, other)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.start(studentOf(owner), "郑红", other, Instant.now()))
                .isInstanceOf(FamilyStudentNotFound.class);
        assertThat(family.list(other)).noneMatch(row -> row.id() == id);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var ownSession = authentication(session(free.get(4)));
        var otherSession = authentication(session(free.get(5)));
        for (String page : List.of("", "/form", "/print", "/download", "/withdraw")) {
            mvc.perform(get("/family/applications/" + id + page).with(otherSession))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/family/applications/evidence/" + photo).with(otherSession))
                .andExpect(status().isNotFound());
        mvc.perform(get("/family/applications/new")
                        .param("student", Long.toString(studentOf(owner)))
                        .with(otherSession))
                .andExpect(status().isNotFound());
        mvc.perform(get("/family/applications/" + id).with(ownSession))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString(free.get(4).student().name())));
        mvc.perform(get("/family/applications/" + id + "/download").with(ownSession))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("郑红")));
        mvc.perform(get("/family/applications/evidence/" + photo).with(ownSession))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "sandbox"));
    }

    private FamilyAuthentication session(GuardianPhone guardian) {
        return new FamilyAuthentication(new FamilyPrincipal(
                sensitive.blindIndex(SensitiveKind.PHONE, guardian.phone().value()),
                guardian.phone().masked(),
                FamilyActor.Kind.GUARDIAN));
    }

    static UploadedFile png(String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] content = out.toByteArray();
        return new UploadedFile(name, content.length, target -> Files.write(target, content));
    }
}
