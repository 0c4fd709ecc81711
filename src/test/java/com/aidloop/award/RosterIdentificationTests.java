package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.programme.NeedBasedProgrammes;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A roster row of the living subsidy (a need-based programme) rests on an identification in force
 * for the term's school year: without one it is imported with a warning in the transition year
 * and refused once the county requires it; with one, a blank 困难等级 is filled from it and a typed
 * one that differs is reported, and so is 困难类型 (filled only when the form's special groups name
 * one type; a disagreeing one is a notice).
 */
@SpringBootTest
class RosterIdentificationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUBSIDY_CODE = "PRIMARY_LIVING_SUBSIDY";
    /** The term of the school year identifications are made for now, which the decided students hold. */
    private static final Term TERM = new Term(Applications.currentSchoolYear(), Term.Semester.AUTUMN);

    @Autowired
    ImportingRoster importing;

    @Autowired
    NeedBasedProgrammes needBased;

    @Autowired
    RegistryManagement registry;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @TempDir
    Path dir;

    @Test
    void inTheTransitionYearARowWithoutIdentificationIsImportedWithAWarningNamingRowAndColumn() {
        Rosters.Line line = Rosters.pupil("认定甲").set(RosterColumn.TERM, TERM.label());

        RosterImportView view = commit(List.of(line));

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.awardsCreated()).isEqualTo(1);
        assertThat(problems(view)).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.code()).isEqualTo("award.identification.missingTransition");
            assertThat(p.sentence())
                    .startsWith("第2行 资助档次：过渡期提示：")
                    .contains(TERM.schoolYear() + "已生效的家庭经济困难认定", "没有已生效的认定", "请尽快完成认定");
        });
    }

    @Test
    void onceTheCountyRequiresItARowWithoutIdentificationIsRefusedSayingWhatToDo() {
        CurrentAccount county = Rosters.countyStaff();
        needBased.switchRule(SUBSIDY_CODE, "REQUIRED", county);
        try {
            Rosters.Line line = Rosters.pupil("认定乙").set(RosterColumn.TERM, TERM.label());

            RosterImportView view = commit(List.of(line));

            assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
            assertThat(view.awardsCreated()).isZero();
            assertThat(problems(view)).singleElement().satisfies(p -> {
                assertThat(p.error()).isTrue();
                assertThat(p.code()).isEqualTo("award.identification.missing");
                assertThat(p.sentence())
                        .startsWith("第2行 资助档次：")
                        .contains("寄宿生须以" + TERM.schoolYear() + "已生效的家庭经济困难认定为前提")
                        .contains("特别困难、比较困难、一般困难")
                        .endsWith("该学生没有已生效的认定（学校已认定或县级已审批），请先完成认定或删除该行");
            });
        } finally {
            needBased.switchRule(SUBSIDY_CODE, "WARNING", county);
        }
    }

    @Test
    void anIdentifiedStudentPassesEvenWhenRequiredAndABlankLevelIsFilledFromTheIdentification() {
        DecidedStudents decided = new DecidedStudents(context);
        List<Long> students = new ArrayList<>();
        CurrentAccount county = Rosters.countyStaff();
        needBased.switchRule(SUBSIDY_CODE, "REQUIRED", county);
        try {
            List<Long> applications = decided.inOneClass(2);
            applications.forEach(id -> students.add(studentOf(id)));
            Rosters.Line fairly = identified(decided, applications.get(0)).set(RosterColumn.DIFFICULTY_LEVEL, "");
            Rosters.Line special = identified(decided, applications.get(1)).set(RosterColumn.DIFFICULTY_LEVEL, "一般困难");

            RosterImportView view = commit(List.of(fairly, special));

            assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
            assertThat(view.awardsCreated()).isEqualTo(2);
            assertThat(problems(view).stream().filter(Rosters::aboutIdentification))
                    .extracting(ImportProblem::sentence)
                    .containsExactlyInAnyOrder(
                            "第2行 困难等级：提示：未填写，已按学生" + TERM.schoolYear() + "的认定填为“比较困难”",
                            "第3行 困难等级：所填“一般困难”与学生" + TERM.schoolYear() + "的认定等级“特别困难”不一致，请核对",
                            "第2行 困难类型：提示：所填“脱贫家庭学生”与学生" + TERM.schoolYear() + "的认定所含类型“孤儿、事实无人抚养儿童”不一致，请核对",
                            "第3行 困难类型：提示：所填“脱贫家庭学生”与学生" + TERM.schoolYear() + "的认定所含类型“孤儿、事实无人抚养儿童”不一致，请核对");
            assertThat(difficultyLevel(fairly)).isEqualTo("比较困难");
            assertThat(difficultyLevel(special)).isEqualTo("一般困难");
        } finally {
            needBased.switchRule(SUBSIDY_CODE, "WARNING", county);
            jdbc.sql("DELETE FROM award_award WHERE term = :term AND student_id = ANY(:students)")
                    .param("term", TERM.code())
                    .param("students", students.toArray(Long[]::new))
                    .update();
            decided.remove();
        }
    }

    @Test
    void aBlankTypeIsFilledWhenTheIdentificationIsUnambiguousAndADisagreeingOneIsNoted() {
        DecidedStudents decided = new DecidedStudents(context);
        List<Long> students = new ArrayList<>();
        try {
            List<Long> applications = decided.inOneClass(3);
            applications.forEach(id -> students.add(studentOf(id)));
            withGroups(applications.get(0), "GUER", "DIBAO");
            withGroups(applications.get(1), "GUER");
            withGroups(applications.get(2));
            Rosters.Line dibao = identified(decided, applications.get(0)).set(RosterColumn.DIFFICULTY_TYPE, "");
            Rosters.Line orphan = identified(decided, applications.get(1)).set(RosterColumn.DIFFICULTY_TYPE, "");
            Rosters.Line other = identified(decided, applications.get(2)).set(RosterColumn.DIFFICULTY_TYPE, "孤儿");

            RosterImportView view = commit(List.of(dibao, orphan, other));

            assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
            assertThat(problems(view).stream().filter(p -> p.code().startsWith("award.identification.type")))
                    .extracting(ImportProblem::sentence)
                    .containsExactlyInAnyOrder(
                            "第2行 困难类型：提示：未填写，已按学生" + TERM.schoolYear() + "的认定填为“最低生活保障家庭学生”",
                            "第4行 困难类型：提示：所填“孤儿”与学生" + TERM.schoolYear() + "的认定所含类型“其他家庭经济困难学生”不一致，请核对");
            assertThat(award(dibao, "difficulty_type")).isEqualTo("最低生活保障家庭学生");
            assertThat(award(orphan, "difficulty_type"))
                    .as("孤儿 or 事实无人抚养儿童: left blank")
                    .isNull();
            assertThat(award(other, "difficulty_type")).isEqualTo("孤儿");
        } finally {
            jdbc.sql("DELETE FROM award_award WHERE term = :term AND student_id = ANY(:students)")
                    .param("term", TERM.code())
                    .param("students", students.toArray(Long[]::new))
                    .update();
            decided.remove();
        }
    }

    /** Gives the sealed form of an application these special groups (the model's direct-group codes). */
    private void withGroups(long applicationId, String... groups) {
        String sealed = jdbc.sql("SELECT form_sealed FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
        ObjectNode form = (ObjectNode) JSON.readTree(sensitive.open(sealed));
        ArrayNode specialGroups = form.putArray("specialGroups");
        for (String group : groups) {
            specialGroups.add(group);
        }
        jdbc.sql("UPDATE identification_application SET form_sealed = :form WHERE id = :id")
                .param("form", sensitive.seal(JSON.writeValueAsString(form)))
                .param("id", applicationId)
                .update();
    }

    /** A roster line of the decided student of an application, as the registry holds the student. */
    private Rosters.Line identified(DecidedStudents decided, long applicationId) {
        RevealedStudent student =
                registry.reveal(studentOf(applicationId), Rosters.countyStaff().scope());
        return Rosters.pupil(student.name())
                .set(RosterColumn.ID_NUMBER, student.idNumber())
                .set(RosterColumn.GRADE, decided.grade(applicationId))
                .set(RosterColumn.CLASS_NAME, decided.className(applicationId))
                .set(RosterColumn.TERM, TERM.label());
    }

    private long studentOf(long applicationId) {
        return jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    private RosterImportView commit(List<Rosters.Line> lines) {
        Path file = Rosters.xlsx(dir.resolve("r" + System.nanoTime() + ".xlsx"), lines);
        return importing.submit(Rosters.upload(file), TERM, ImportMode.COMMIT, false, Rosters.countyStaff(), true);
    }

    private List<ImportProblem> problems(RosterImportView view) {
        return importing
                .problems(view.id(), Rosters.countyStaff().scope(), null, new Paging(1, 100))
                .content();
    }

    private String difficultyLevel(Rosters.Line line) {
        return award(line, "difficulty_level");
    }

    private String award(Rosters.Line line, String column) {
        return jdbc.sql("SELECT a." + column + """
                         FROM award_award a
                         WHERE a.term = :term AND a.student_name = :name AND a.programme_code = :programme
                           AND a.id_number_masked = :masked
                        """)
                .param("term", TERM.code())
                .param("name", line.get(RosterColumn.STUDENT_NAME))
                .param("programme", SUBSIDY_CODE)
                .param("masked", Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }
}
