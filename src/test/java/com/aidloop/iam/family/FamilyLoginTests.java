package com.aidloop.iam.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.FamilyAccess;
import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.FamilyInvitations;
import com.aidloop.iam.FamilyInvitations.IssuedInvitation;
import com.aidloop.iam.FamilyRefused;
import com.aidloop.iam.FamilyStudentNotFound;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Refusal;
import com.aidloop.testing.FamilyCodesSent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Family login against PostgreSQL with the demo county's registered guardians of 三市镇中心小学
 * (not the demo guardian {@code parent}, whom the browser test uses): codes expire, allow five
 * tries, come once a minute per number and twenty times an hour per address; an unregistered
 * number gets no SMS and cannot log in; an invitation binds one number once; a family sees its own
 * students only, and everything else answers 404.
 */
@SpringBootTest
class FamilyLoginTests {

    static final String ADDRESS = "192.0.2.61";
    static final CurrentAccount SCHOOL =
            new CurrentAccount(-61, "family-tests", "测试", Set.of(Role.SCHOOL_STAFF), null, 0L);

    @Autowired
    FamilyLogin login;

    @Autowired
    FamilyAccess access;

    @Autowired
    FamilyInvitations invitations;

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

    List<GuardianPhone> guardians;

    @BeforeEach
    void guardiansOfSanshiPrimary() {
        guardians = FamilyCodesSent.sanshiPrimaryGuardians(students, schools).subList(1, 6);
        guardians.forEach(g -> FamilyCodesSent.forget(jdbc, sensitive, g.phone()));
        FamilyCodesSent.forgetAddress(jdbc, ADDRESS);
        FamilyCodesSent.forgetAddress(jdbc, "192.0.2.62");
    }

    @Test
    void aRegisteredGuardianLogsInWithTheCodeSentAndActsForItsStudentOnly() {
        GuardianPhone guardian = guardians.get(0);
        login.requestCode(guardian.phone(), ADDRESS);
        String code =
                FamilyCodesSent.lastCode(jdbc, sensitive, guardian.phone()).orElseThrow();

        FamilyPrincipal principal = login.verify(guardian.phone(), code);
        FamilyAuthentication family = new FamilyAuthentication(principal);

        assertThat(principal.actor().kind()).isEqualTo(FamilyActor.Kind.GUARDIAN);
        assertThat(access.studentsOf(family)).contains(guardian.student().id());
        assertThat(access.mayActFor(family, guardians.get(1).student().id())).isFalse();
        assertThatThrownBy(() ->
                        access.requireFor(family, guardians.get(1).student().id()))
                .isInstanceOf(FamilyStudentNotFound.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        // a code works once, and its message's text holds only the mask
        assertThatThrownBy(() -> login.verify(guardian.phone(), code)).hasMessage("family.code.wrong");
        assertThat(jdbc.sql("""
                        SELECT text FROM notification_sms WHERE phone_index = :idx AND template = 'LOGIN_CODE'
                         ORDER BY id DESC LIMIT 1
                        """)
                        .param("idx", principal.phoneIndex())
                        .query(String.class)
                        .single())
                .contains("您的家庭登录验证码为********")
                .doesNotContain(code);
        assertThat(jdbc.sql("SELECT count(*) FROM iam_family_code WHERE code_hash LIKE :c")
                        .param("c", "%" + code + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredCodeIsRefused() {
        GuardianPhone guardian = guardians.get(1);
        login.requestCode(guardian.phone(), ADDRESS);
        String code =
                FamilyCodesSent.lastCode(jdbc, sensitive, guardian.phone()).orElseThrow();
        jdbc.sql("UPDATE iam_family_code SET expires_at = now() - interval '1 second' WHERE phone_index = :idx")
                .param(
                        "idx",
                        sensitive.blindIndex(
                                com.aidloop.privacy.SensitiveKind.PHONE,
                                guardian.phone().value()))
                .update();

        assertThatThrownBy(() -> login.verify(guardian.phone(), code))
                .isInstanceOf(FamilyRefused.class)
                .hasMessage("family.code.wrong");
    }

    @Test
    void fiveWrongTriesEndTheCode() {
        GuardianPhone guardian = guardians.get(2);
        login.requestCode(guardian.phone(), ADDRESS);
        String code =
                FamilyCodesSent.lastCode(jdbc, sensitive, guardian.phone()).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.verify(guardian.phone(), wrong)).isInstanceOf(FamilyRefused.class);
        }

        assertThatThrownBy(() -> login.verify(guardian.phone(), code)).isInstanceOf(FamilyRefused.class);
    }

    @Test
    void oneNumberGetsOneCodeAMinuteAndOneAddressTwentyAnHour() {
        GuardianPhone guardian = guardians.get(3);
        login.requestCode(guardian.phone(), ADDRESS);

        assertThatThrownBy(() -> login.requestCode(guardian.phone(), ADDRESS))
                .isInstanceOf(FamilyRefused.class)
                .hasMessage("family.code.tooSoon");
        assertThat(FamilyCodesSent.loginCodesQueued(jdbc, sensitive, guardian.phone()))
                .isEqualTo(1);

        for (int i = 0; i < 20; i++) {
            login.requestCode(new PhoneNumber("1990000" + String.format("%04d", i)), "192.0.2.62");
        }
        assertThatThrownBy(() -> login.requestCode(guardians.get(4).phone(), "192.0.2.62"))
                .isInstanceOf(FamilyRefused.class)
                .hasMessage("family.code.tooMany");
    }

    @Test
    void anUnregisteredNumberGetsNoSmsAndCannotLogIn() {
        PhoneNumber stranger = new PhoneNumber("19912345678");
        FamilyCodesSent.forget(jdbc, sensitive, stranger);

        assertThat(login.requestCode(stranger, ADDRESS)).isEmpty();

        assertThat(FamilyCodesSent.lastCode(jdbc, sensitive, stranger)).isEmpty();
        assertThatThrownBy(() -> login.verify(stranger, "123456")).hasMessage("family.code.wrong");
    }

    @Test
    void anInvitationBindsOneNumberOnce() {
        GuardianPhone child = guardians.get(4);
        PhoneNumber aunt = new PhoneNumber("19912340001");
        PhoneNumber other = new PhoneNumber("19912340002");
        FamilyCodesSent.forget(jdbc, sensitive, aunt);
        FamilyCodesSent.forget(jdbc, sensitive, other);
        IssuedInvitation slip =
                invitations.forGuardian(child.student().id(), child.student().schoolId(), SCHOOL);

        login.requestInvitationCode(slip.printed().toLowerCase(), aunt, ADDRESS);
        FamilyPrincipal principal = login.verify(
                aunt, FamilyCodesSent.lastCode(jdbc, sensitive, aunt).orElseThrow());

        assertThat(access.studentsOf(new FamilyAuthentication(principal)))
                .containsExactly(child.student().id());
        assertThatThrownBy(() -> login.requestInvitationCode(slip.code(), other, ADDRESS))
                .isInstanceOf(FamilyRefused.class)
                .hasMessage("family.invitation.invalid");
        assertThat(FamilyCodesSent.lastCode(jdbc, sensitive, other)).isEmpty();
    }

    @Test
    void aStudentsOwnInvitationNeedsTheGuardiansConsentAndActsForThatStudentOnly() {
        GuardianPhone family = guardians.get(3);
        PhoneNumber own = new PhoneNumber("19912340003");
        FamilyCodesSent.forget(jdbc, sensitive, own);
        long student = family.student().id();
        long school = family.student().schoolId();

        assertThatThrownBy(() -> invitations.forStudent(student, school, " ", SCHOOL))
                .hasMessage("family.invitation.consentRequired");
        IssuedInvitation slip = invitations.forStudent(student, school, "王秀英", SCHOOL);
        login.requestInvitationCode(slip.code(), own, ADDRESS);
        FamilyPrincipal principal =
                login.verify(own, FamilyCodesSent.lastCode(jdbc, sensitive, own).orElseThrow());

        assertThat(principal.actor().kind()).isEqualTo(FamilyActor.Kind.STUDENT);
        assertThat(access.studentsOf(new FamilyAuthentication(principal))).containsExactly(student);
        assertThat(jdbc.sql("SELECT guardian_consent FROM iam_family_invitation WHERE id = :id")
                        .param("id", slip.id())
                        .query(String.class)
                        .single())
                .isEqualTo("王秀英");
    }

    @Test
    void aFamilySessionFindsNoStaffPageAndAStaffSessionNoFamilyPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        GuardianPhone guardian = guardians.get(0);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new FamilyAuthentication(new FamilyPrincipal(
                        sensitive.blindIndex(
                                com.aidloop.privacy.SensitiveKind.PHONE,
                                guardian.phone().value()),
                        guardian.phone().masked(),
                        FamilyActor.Kind.GUARDIAN))));

        mvc.perform(get("/family").session(session)).andExpect(status().isOk());
        mvc.perform(get("/students/" + guardian.student().id()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        MockHttpSession staff = com.aidloop.testing.Login.session(mvc, "school", "Pingjiang@2026");
        mvc.perform(get("/family").session(staff)).andExpect(status().isForbidden());
    }
}
