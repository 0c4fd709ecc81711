package com.aidloop.identification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListFiles;
import com.aidloop.comparison.ListUpload;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolManagement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Students in the special-difficulty register (双向摸底: a department's support list names the
 * family) are recognised directly on submission, with the register's category, department and
 * date as the reason, not scored; a family no list names is scored point by point.
 */
@SpringBootTest
class RegisterRecognitionTests {

    @Autowired
    ImportingDepartmentLists lists;

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeTheApplicationsMade() {
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
    }

    @Test
    void aPupilWhoseFatherIsOnTheExtremePovertyListIsRecognisedDirectlyWithTheRegistersReason() {
        long schoolId = schools.byCode("2143062611").orElseThrow().id();
        StudentInput listed = People.pupil("蒋小禾", schoolId, People.childId(true), "430626102", null);
        StudentInput unlisted = People.pupil("蒋小苗", schoolId, People.childId(false), "430626102", null);
        long listedId = students.register(listed, DataScope.region("430626")).id();
        long unlistedId =
                students.register(unlisted, DataScope.region("430626")).id();
        Path list = ListFiles.workbook(
                false,
                List.of("县民政局特困供养人员名册"),
                List.of("序号", "姓名", "身份证号码"),
                List.of(List.of(
                        "1",
                        listed.household().getFirst().name(),
                        listed.household().getFirst().idNumber())));
        lists.submit(
                ListFiles.upload(list, "特困供养.xlsx"),
                new ListUpload("EXTREME_POVERTY", "县民政局", today(), null),
                ListFiles.countyStaff("430626"));
        CurrentAccount school =
                new CurrentAccount(-64, "register-school", "测试", Set.of(Role.SCHOOL_STAFF), null, schoolId);

        ScoreResult recognised = submitted(listedId, school);
        ScoreResult scored = submitted(unlistedId, school);

        assertThat(recognised.outcome()).isEqualTo(ScoreResult.Outcome.DIRECT);
        assertThat(recognised.level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(recognised.explanation()).contains("直接认定", "特殊困难学生数据库", "特困供养", "数据截止" + today(), "在册");
        assertThat(scored.outcome()).isNotEqualTo(ScoreResult.Outcome.DIRECT);
    }

    private ScoreResult submitted(long studentId, CurrentAccount school) {
        long id = applications.start(studentId, Source.PAPER, school);
        made.add(id);
        ApplicationForm form = ApplicationsTests.form();
        applications.revise(
                id,
                new ApplicationForm(
                        form.members(),
                        form.incomes(),
                        Set.of(),
                        form.housing(),
                        form.emergencies(),
                        form.siblings(),
                        form.indicatorAnswers(),
                        form.commitment()),
                school);
        applications.consent(id, "王秀英", true, true, school);
        return submitting.submit(id, school);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
