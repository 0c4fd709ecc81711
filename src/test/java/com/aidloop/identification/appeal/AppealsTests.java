package com.aidloop.identification.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.Role;
import com.aidloop.iam.family.FamilyAuthentication;
import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.identification.appeal.domain.AppealDecision;
import com.aidloop.identification.appeal.domain.AppealRefused;
import com.aidloop.identification.appeal.domain.AppealRuling;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Refusal;
import com.aidloop.testing.DemoStaff;
import com.aidloop.testing.FamilyCodesSent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Appeals against PostgreSQL with the demo county: a family appeals a 不困难 decision approved after
 * three-party review; the county raises the level through the adjustment path (the history shows
 * 申诉改定) or maintains it, once, audited; a school reads but never decides; another family finds
 * nothing (404) on the service and the pages.
 */
@SpringBootTest
class AppealsTests {

    @Autowired
    FamilyAppeals family;

    @Autowired
    Appeals appeals;

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
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    private final List<Long> studentsUsed = new ArrayList<>();
    private List<GuardianPhone> free;
    private CurrentAccount school;
    private final CurrentAccount county =
            new CurrentAccount(-91, "appeal-county", "测试", Set.of(Role.COUNTY_STAFF), "430626", null);
    private final CurrentAccount otherCounty =
            new CurrentAccount(-92, "appeal-other", "测试", Set.of(Role.COUNTY_STAFF), "430621", null);

    @BeforeEach
    void guardiansWithoutApplication() {
        List<GuardianPhone> guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools);
        free = guardians.subList(1, guardians.size() - 1).stream()
                .filter(g -> jdbc.sql("SELECT count(*) FROM identification_application WHERE student_id = :s")
                                .param("s", g.student().id())
                                .query(Integer.class)
                                .single()
                        == 0)
                .toList();
        school = new CurrentAccount(
                -93,
                "appeal-school",
                "测试",
                Set.of(Role.SCHOOL_STAFF),
                null,
                free.getFirst().student().schoolId());
    }

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("""
                        DELETE FROM notification_sms WHERE dedup_key IN (
                            SELECT 'appeal-ruled:' || p.id FROM identification_appeal p
                              JOIN identification_application a ON a.id = p.application_id
                             WHERE a.student_id = ANY(:ids))
                        """).param("ids", studentsUsed.toArray(Long[]::new)).update();
        jdbc.sql("DELETE FROM identification_application WHERE student_id = ANY(:ids)")
                .param("ids", studentsUsed.toArray(Long[]::new))
                .update();
    }

    @Test
    void aRefusedFamilyAppealsAndTheCountyRaisesTheLevelThroughTheAdjustmentPathOnceAndAudited() {
        FamilyApplicant guardian = guardianOf(free.size() - 1);
        long id = decided(guardian, DifficultyLevel.NOT_DIFFICULT);
        assertThat(family.of(id, guardian).mayAppeal()).isTrue();
        assertThat(family.of(id, guardian).lastDay())
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10));

        long appealId = family.lodge(id, "父亲8月住院，积蓄都用于治疗", guardian);

        assertThat(appeals.list(county, true)).extracting(Appeal::id).contains(appealId);
        assertThat(appeals.counts(county).get(true)).isPositive();
        assertThat(appeals.list(school, true)).extracting(Appeal::id).contains(appealId);
        assertThatThrownBy(() -> appeals.decide(
                        appealId, new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "核实"), school))
                .isInstanceOf(AppealRefused.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThatThrownBy(() -> appeals.get(appealId, otherCounty)).isInstanceOf(AppealRefused.class);
        assertThatThrownBy(() -> family.lodge(id, "再次申诉", guardian)).hasMessage("identification.appeal.once");

        Appeal decided = appeals.decide(
                appealId, new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "家访核实父亲住院属实"), county);

        assertThat(decided.outcome()).isEqualTo("改为一般困难");
        assertThat(applications.get(id, county).decision().level()).isEqualTo(DifficultyLevel.GENERAL);
        assertThat(applications.get(id, county).status())
                .as("the county's ruling is final: not sent back through three-party review")
                .isEqualTo(ApplicationStatus.APPROVED);
        List<HistoryEntry> history = adjusting.history(id, county);
        assertThat(history)
                .extracting(HistoryEntry::level)
                .containsExactly(DifficultyLevel.NOT_DIFFICULT, DifficultyLevel.GENERAL);
        assertThat(history.getLast())
                .extracting(HistoryEntry::reason, HistoryEntry::by)
                .containsExactly("申诉改定：家访核实父亲住院属实", "appeal-county");
        assertThatThrownBy(
                        () -> appeals.decide(appealId, new AppealRuling(AppealDecision.MAINTAIN, null, "再议"), county))
                .hasMessage("identification.appeal.decided");
        theFamilyWasToldOnce(appealId, free.getLast());
        assertThat(family.of(id, guardian).appeal().outcome()).isEqualTo("改为一般困难");
        assertThat(family.of(id, guardian).problem()).isEqualTo("identification.appeal.once");
        auditedAsLodgedAndRuled(appealId);
    }

    @Test
    void theCountyMaintainsAndOnlyRefusedOrLoweredIdentificationsMayBeAppealed() {
        FamilyApplicant guardian = guardianOf(free.size() - 2);
        long id = decided(guardian, DifficultyLevel.NOT_DIFFICULT);
        long appealId = family.lodge(id, "家庭困难", guardian);
        assertThatThrownBy(() -> appeals.decide(appealId, new AppealRuling(AppealDecision.MAINTAIN, null, " "), county))
                .hasMessage("identification.appeal.reasonRequired");

        appeals.decide(appealId, new AppealRuling(AppealDecision.MAINTAIN, null, "收入核实无误"), county);

        assertThat(applications.get(id, county).decision().level()).isEqualTo(DifficultyLevel.NOT_DIFFICULT);
        assertThat(adjusting.history(id, county)).hasSize(1);
        assertThat(family.of(id, guardian).appeal().outcome()).isEqualTo("维持原认定（不困难）");
        theFamilyWasToldOnce(appealId, free.get(free.size() - 2));

        FamilyApplicant special = guardianOf(free.size() - 3);
        long notRefused = decided(special, DifficultyLevel.SPECIAL);
        assertThat(family.of(notRefused, special).problem()).isEqualTo("identification.appeal.noGround");
        assertThatThrownBy(() -> family.lodge(notRefused, "想要更高", special))
                .hasMessage("identification.appeal.noGround");
    }

    @Test
    void anotherFamilyFindsNothingAndASchoolReadsButCannotDecideOnThePages() throws Exception {
        FamilyApplicant owner = guardianOf(free.size() - 4);
        GuardianPhone otherGuardian = free.get(free.size() - 5);
        FamilyApplicant other = new FamilyApplicant(
                Set.of(otherGuardian.student().id()),
                new FamilyActor(FamilyActor.Kind.GUARDIAN, otherGuardian.phone().masked()));
        long id = decided(owner, DifficultyLevel.NOT_DIFFICULT);
        assertThatThrownBy(() -> family.of(id, other)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> family.lodge(id, "别人的申诉", other)).isInstanceOf(ApplicationNotFound.class);
        long appealId = family.lodge(id, "父亲住院", owner);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        mvc.perform(get("/family/applications/" + id + "/appeal").with(authentication(session(otherGuardian))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/family/applications/" + id + "/appeal")
                        .param("grounds", "冒充")
                        .with(authentication(session(otherGuardian)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/family/applications/" + id + "/appeal")
                        .with(authentication(session(free.get(free.size() - 4)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("等待县级资助中心处理")));
        DemoStaff staff = new DemoStaff(mvc);
        mvc.perform(get("/identification/appeals/" + appealId).with(staff.page("school")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("父亲住院")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("decide-form"))));
        mvc.perform(post("/identification/appeals/" + appealId)
                        .param("decision", "CHANGE_LEVEL")
                        .param("newLevel", "GENERAL")
                        .param("reason", "学校改定")
                        .with(staff.page("school"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(appeals.get(appealId, county).decided()).isFalse();
    }

    private void auditedAsLodgedAndRuled(long appealId) {
        assertThat(jdbc.sql("""
                        SELECT action || ':' || summary FROM audit_event
                         WHERE object_type = 'identification_appeal' AND object_id = :id ORDER BY id
                        """)
                        .param("id", String.valueOf(appealId))
                        .query(String.class)
                        .list())
                .satisfiesExactly(
                        lodged -> assertThat(lodged).startsWith("CREATE:家庭提出认定申诉"),
                        ruled -> assertThat(ruled).startsWith("APPROVE:").contains("不困难 → 一般困难", "家访核实父亲住院属实"));
    }

    /** One SMS for the ruling, to the guardian who lodged it, naming no student, level or outcome. */
    private void theFamilyWasToldOnce(long appealId, GuardianPhone guardian) {
        String key = "appeal-ruled:" + appealId;
        assertThat(jdbc.sql("SELECT count(*) FROM notification_sms WHERE dedup_key = :key")
                        .param("key", key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        SmsNotice sms = outbox.byKey(key).orElseThrow();
        assertThat(sms.template()).isEqualTo("APPEAL_RULED");
        assertThat(sms.recipient()).isEqualTo(SmsRecipient.GUARDIAN);
        assertThat(sms.phoneMasked()).isEqualTo(guardian.phone().masked());
        assertThat(sms.studentId()).isNull();
        assertThat(sms.text())
                .contains(Applications.currentSchoolYear() + "学年学生资助认定申诉已有处理结果")
                .doesNotContain(guardian.student().name(), "困难", "维持", "改定", "改为");
        outbox.check(new SmsMessage(sms.template(), sms.text(), Map.of()));
    }

    private FamilyApplicant guardianOf(int n) {
        GuardianPhone g = free.get(n);
        studentsUsed.add(g.student().id());
        return new FamilyApplicant(
                Set.of(g.student().id()),
                new FamilyActor(FamilyActor.Kind.GUARDIAN, g.phone().masked()));
    }

    private FamilyAuthentication session(GuardianPhone guardian) {
        return new FamilyAuthentication(new FamilyPrincipal(
                sensitive.blindIndex(SensitiveKind.PHONE, guardian.phone().value()),
                guardian.phone().masked(),
                FamilyActor.Kind.GUARDIAN));
    }

    /** The school enters the family's paper form, the class agrees, the school decides the level, three parties approve. */
    private long decided(FamilyApplicant guardian, DifficultyLevel level) {
        long id = applications.start(guardian.students().iterator().next(), Source.PAPER, school);
        applications.revise(id, form(), school);
        applications.consent(id, "钱秀兰", true, true, school);
        submitting.submit(id, school);
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        deciding.decide(id, level, "评议小组结合家访情况认定", school);
        ThreePartyPassage.approve(threeParty, jdbc, List.of(id));
        return id;
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("赵大山", "父亲", 45, "农村务农", "", new BigDecimal("8000"), Health.MAJOR_ILLNESS),
                        new Member("钱秀兰", "母亲", 41, "务工", "县城餐馆", new BigDecimal("12000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of(),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of(),
                new Commitment("钱秀兰", LocalDate.now()));
    }
}
