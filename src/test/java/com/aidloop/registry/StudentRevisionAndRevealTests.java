package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.aidloop.audit.AuditLog;
import com.aidloop.audit.AuditRecord;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StudentRevisionAndRevealTests {

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SchoolView school;
    DataScope county = SchoolFixtures.county();

    @BeforeEach
    void aSchool() {
        school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
    }

    /** What the edit form sends back: full values blank, members with their ids. */
    private static StudentInput editForm(StudentView s, String grade) {
        List<MemberInput> members = s.household().stream()
                .map(m -> new MemberInput(
                        m.id(), m.name(), m.relation().label(), m.guardian(), null, "", "", m.employer(), "", ""))
                .toList();
        return new StudentInput(
                s.name(),
                s.gender().label(),
                s.idType().label(),
                "",
                "",
                s.schoolId(),
                grade,
                s.className(),
                s.householdTownship(),
                s.householdVillage(),
                s.residence().label(),
                members,
                new CardInput(s.aidCard().bank(), ""));
    }

    @Test
    void aSecondEditorWorkingFromTheOldVersionIsRefused() {
        StudentView student = registry.register(People.pupil("李明", school.id()), county);

        StudentView saved = registry.revise(student.id(), student.version(), editForm(student, "四年级"), county);

        assertThat(saved.version()).isEqualTo(student.version() + 1);
        assertThatThrownBy(() -> registry.revise(student.id(), student.version(), editForm(student, "五年级"), county))
                .isInstanceOf(StudentChangedMeanwhile.class);
        assertThat(registry.find(student.id(), county).orElseThrow().grade()).isEqualTo("四年级");
    }

    @Test
    void anEditThatLeavesSensitiveFieldsBlankKeepsThemAndAuditsOnlyWhatChanged() {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, county);

        registry.revise(student.id(), student.version(), editForm(student, "四年级"), county);

        RevealedStudent full = registry.reveal(student.id(), county);
        assertThat(full.idNumber()).isEqualTo(input.idNumber());
        assertThat(full.aidCardNumber()).isEqualTo(input.aidCard().cardNumber());
        assertThat(full.household())
                .extracting(RevealedStudent.RevealedMember::idNumber)
                .containsExactly(
                        input.household().get(0).idNumber(),
                        input.household().get(1).idNumber());
        assertThat(full.household().get(0).annualIncome()).isEqualTo("36000.00");
        assertThat(full.household().get(1).health()).isEqualTo("慢性病");
        AuditRecord update = new AuditLog(jdbc)
                .about("student", student.id()).stream()
                        .filter(r -> r.action().equals("UPDATE"))
                        .findFirst()
                        .orElseThrow();
        assertThat(update.changes())
                .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly("年级:三年级→四年级");
    }

    @Test
    void aChangedAidCardWaitsForASecondPersonWhileTheRestOfTheEditIsSaved() {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, county);
        StudentInput form = editForm(student, "四年级");
        StudentInput newCard = new StudentInput(
                form.name(),
                form.gender(),
                form.idType(),
                "",
                "",
                form.schoolId(),
                form.grade(),
                form.className(),
                form.householdTownship(),
                form.householdVillage(),
                form.residence(),
                form.household(),
                new CardInput("中国建设银行", "6217002710000684874"));

        StudentView saved = registry.revise(student.id(), student.version(), newCard, county);

        assertThat(saved.grade()).isEqualTo("四年级");
        assertThat(saved.aidCard()).isEqualTo(student.aidCard());
        assertThat(saved.pendingCardChange().newCardLabel()).isEqualTo("中国建设银行 ***************4874");
        assertThat(saved.pendingCardChange().oldCardMasked())
                .isEqualTo(student.aidCard().cardNumberMasked());
        assertThat(registry.reveal(student.id(), county).aidCardNumber())
                .isEqualTo(input.aidCard().cardNumber());
        List<AuditRecord> records = new AuditLog(jdbc).about("student", student.id());
        assertThat(records)
                .filteredOn(r -> r.action().equals("UPDATE"))
                .singleElement()
                .satisfies(r -> assertThat(r.changes())
                        .extracting(AuditRecord.FieldChange::field)
                        .containsExactly("年级"));
        assertThat(records)
                .filteredOn(r -> r.action().equals("CARD_CHANGE_REQUEST"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.changes())
                            .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                            .contains("资助卡号:" + student.aidCard().cardNumberMasked() + "→***************4874");
                    assertThat(r.toString())
                            .doesNotContain("62170027100006")
                            .doesNotContain(input.aidCard().cardNumber());
                });
    }

    @Test
    void anAuditedChangeOfIdNumberShowsOnlyMaskedValues() {
        StudentInput input = People.pupil("李明", school.id());
        StudentView student = registry.register(input, county);
        String newId = People.childId(true);
        StudentInput form = editForm(student, student.grade());
        StudentInput corrected = new StudentInput(
                form.name(),
                form.gender(),
                form.idType(),
                newId,
                "",
                form.schoolId(),
                form.grade(),
                form.className(),
                form.householdTownship(),
                form.householdVillage(),
                form.residence(),
                form.household(),
                form.aidCard());

        registry.revise(student.id(), student.version(), corrected, county);

        AuditRecord update = new AuditLog(jdbc)
                .about("student", student.id()).stream()
                        .filter(r -> r.action().equals("UPDATE"))
                        .findFirst()
                        .orElseThrow();
        assertThat(update.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("证件号码");
            assertThat(c.oldValue()).isEqualTo(student.idNumberMasked());
            assertThat(c.newValue()).isEqualTo(newId.substring(0, 6) + "********" + newId.substring(14));
        });
        assertThat(registry.findByIdNumber(newId, county)).map(StudentView::id).contains(student.id());
        assertThat(registry.findByIdNumber(input.idNumber(), county)).isEmpty();
    }

    @Test
    void anEditCannotTakeTheIdNumberOfAnotherStudent() {
        StudentInput other = People.pupil("张伟", school.id());
        registry.register(other, county);
        StudentView student = registry.register(People.pupil("李明", school.id()), county);
        StudentInput form = editForm(student, student.grade());
        StudentInput taken = new StudentInput(
                form.name(),
                form.gender(),
                form.idType(),
                other.idNumber(),
                "",
                form.schoolId(),
                form.grade(),
                form.className(),
                form.householdTownship(),
                form.householdVillage(),
                form.residence(),
                form.household(),
                form.aidCard());

        assertThatThrownBy(() -> registry.revise(student.id(), student.version(), taken, county))
                .isInstanceOf(IdNumberAlreadyRegistered.class);
    }

    @Test
    void revealingIsAuditedAndNamesTheFieldsShown() {
        StudentView student = registry.register(People.pupil("李明", school.id()), county);

        registry.reveal(student.id(), DataScope.school(school.id()));

        AuditRecord reveal = new AuditLog(jdbc)
                .about("student", student.id()).stream()
                        .filter(r -> r.action().equals("REVEAL"))
                        .findFirst()
                        .orElseThrow();
        assertThat(reveal.summary()).contains("证件号码", "资助卡号", "家庭成员证件号码", "联系电话", "年收入", "健康状况", "李明");
        assertThat(reveal.toString())
                .doesNotContain(registry.reveal(student.id(), county).idNumber());
    }

    @Test
    void aStudentOutsideTheScopeCanNeitherBeRevealedNorRevised() {
        StudentView student = registry.register(People.pupil("李明", school.id()), county);
        int recordsBefore = new AuditLog(jdbc).about("student", student.id()).size();

        assertThatThrownBy(() -> registry.reveal(student.id(), SchoolFixtures.otherCounty()))
                .isInstanceOf(StudentNotFound.class);
        assertThatThrownBy(() ->
                        registry.revise(student.id(), 0, editForm(student, "四年级"), DataScope.school(school.id() + 1)))
                .isInstanceOf(StudentNotFound.class);
        assertThat(new AuditLog(jdbc).about("student", student.id())).hasSize(recordsBefore);
    }

    @Test
    void registerOrMatchCreatesOnceThenMatchesTheVisibleStudent() {
        StudentInput input = People.pupil("李明", school.id());

        Registration first = registry.registerOrMatch(input, county);
        Registration second = registry.registerOrMatch(input, county);

        assertThat(first).isInstanceOf(Registration.Created.class);
        assertThat(second).isEqualTo(new Registration.Matched(first.studentId(), true));
        assertThatThrownBy(() -> registry.registerOrMatch(input, SchoolFixtures.otherCounty()))
                .isInstanceOfSatisfying(IdNumberAlreadyRegistered.class, e -> assertThat(e.existingStudentId())
                        .isEmpty());
    }

    @Test
    void studentsFollowTheirSchoolToItsNewTownship() {
        StudentView student = registry.register(
                People.pupil("李明", school.id(), People.childId(true), SchoolFixtures.OTHER_COUNTY_TOWNSHIP, null),
                county);
        DataScope newTownship = DataScope.region(People.OTHER_TOWNSHIP);
        assertThat(registry.find(student.id(), newTownship)).isEmpty();

        schools.revise(
                school.id(),
                school.version(),
                new SchoolInput(school.code(), school.name(), List.of("小学"), "公办", People.OTHER_TOWNSHIP),
                county);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.find(student.id(), newTownship).isPresent());
        assertThat(registry.find(student.id(), DataScope.region(People.TOWNSHIP)))
                .isEmpty();
    }
}
