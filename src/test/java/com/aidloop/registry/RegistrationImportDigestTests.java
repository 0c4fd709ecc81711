package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registration import's digest of each row, kept beside the student: the same row at the
 * same version is recognised unchanged without opening the student; a save by anyone else
 * (a new version) makes the next import compare the student in full, and put it back.
 */
@SpringBootTest
class RegistrationImportDigestTests {

    private static final DataScope COUNTY = SchoolFixtures.county();

    @Autowired
    ImportingStudents importing;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void anUnchangedRowIsRecognisedByItsDigestAndASaveElsewhereIsComparedInFull() {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇摘要测试小学", "430626102"), SchoolFixtures.county());
        String kept = People.childId(true);
        String edited = People.childId(false);
        Path file = RegistrationFiles.xlsx(
                dir.resolve("list.xlsx"),
                List.of(
                        RegistrationFiles.pupil(school.code(), "赵不变", kept, "三年级", "2班"),
                        RegistrationFiles.pupil(school.code(), "赵改过", edited, "三年级", "2班")));
        assertThat(commit(file).studentsCreated()).isEqualTo(2);
        StudentView keptStudent = registry.findByIdNumber(kept, COUNTY).orElseThrow();
        String digest = digestOf(keptStudent.id());
        assertThat(digest).matches("[0-9a-f]{64}").doesNotContain(kept.substring(6, 14));

        StudentImportView again = commit(file);
        assertThat(again.studentsUnchanged()).isEqualTo(2);
        assertThat(again.nothingChanged()).isTrue();

        StudentView before = registry.findByIdNumber(edited, COUNTY).orElseThrow();
        registry.revise(before.id(), before.version(), editForm(before, "五年级"), COUNTY);
        StudentImportView afterEdit = commit(file);

        assertThat(afterEdit.studentsUpdated()).isEqualTo(1);
        assertThat(afterEdit.studentsUnchanged()).isEqualTo(1);
        StudentView putBack = registry.findByIdNumber(edited, COUNTY).orElseThrow();
        assertThat(putBack.grade()).isEqualTo("三年级");
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'student' AND action = 'UPDATE'"
                        + " AND object_id = '" + before.id() + "'"))
                .isEqualTo(2);
        assertThat(digestOf(before.id())).isNotNull().isNotEqualTo(digestOf(keptStudent.id()));
        assertThat(digestOf(keptStudent.id())).isEqualTo(digest);

        StudentImportView fourth = commit(file);
        assertThat(fourth.studentsUnchanged()).isEqualTo(2);
        assertThat(registry.findByIdNumber(edited, COUNTY).orElseThrow().version())
                .isEqualTo(putBack.version());
    }

    private StudentImportView commit(Path file) {
        StudentImportView view =
                importing.submit(RegistrationFiles.upload(file), ImportMode.COMMIT, RegistrationFiles.countyStaff());
        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        return view;
    }

    private String digestOf(long studentId) {
        return jdbc.sql("SELECT import_digest FROM registry_student WHERE id = :id")
                .param("id", studentId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

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
                null);
    }
}
