package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The student-registration import (学籍导入) against the database: new students registered with
 * their guardians from the system's export as it comes (.xlsx and .xls, a title line above the
 * header); a school move recorded as a transfer and the students a school's list no longer holds
 * reported; one bad row writes nothing; the demo county's list exported and imported changes nothing.
 */
@SpringBootTest
class StudentRegistrationImportTests {

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
    void registersStudentsAndTheirGuardiansFromTheSystemsExport() {
        SchoolView school = newSchool("平江县三市镇学籍测试小学");
        String first = People.childId(true);
        String second = People.childId(false);
        Path file = RegistrationFiles.xls(
                dir.resolve("学生信息.xls"),
                List.of(
                        RegistrationFiles.pupil(school.code(), "李小龙", first, "三年级", "2班"),
                        RegistrationFiles.with(
                                RegistrationFiles.pupil(school.code(), "李小梅", second, "一年级", "1班"),
                                "户口所在地",
                                "三市镇托田村五组")));

        StudentImportView view =
                importing.submit(RegistrationFiles.upload(file), ImportMode.COMMIT, RegistrationFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.errors()).isZero();
        assertThat(view.studentsCreated()).isEqualTo(2);
        StudentView pupil = registry.findByIdNumber(first, COUNTY).orElseThrow();
        assertThat(pupil.name()).isEqualTo("李小龙");
        assertThat(pupil.schoolId()).isEqualTo(school.id());
        assertThat(pupil.householdTownship()).isEqualTo("430626102");
        assertThat(pupil.household()).hasSize(2);
        assertThat(registry.findByIdNumber(second, COUNTY).orElseThrow().householdVillage())
                .isEqualTo("430626102201");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND object_type = 'registry_import'"
                        + " AND object_id = '" + view.id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void aSchoolMoveIsATransferAndStudentsNoLongerListedAreReported() {
        SchoolView from = newSchool("平江县三市镇转出测试小学");
        SchoolView to = newSchool("平江县三市镇转入测试小学");
        List<String> mover = RegistrationFiles.pupil(from.code(), "张转学", People.childId(true), "四年级", "1班");
        List<String> stayer = RegistrationFiles.pupil(from.code(), "张留校", People.childId(false), "四年级", "1班");
        importing.submit(
                RegistrationFiles.upload(RegistrationFiles.xlsx(dir.resolve("a.xlsx"), List.of(mover, stayer))),
                ImportMode.COMMIT,
                RegistrationFiles.countyStaff());

        List<String> moved = RegistrationFiles.with(mover, "学校标识码", to.code());
        StudentImportView view = importing.submit(
                RegistrationFiles.upload(RegistrationFiles.xlsx(dir.resolve("b.xlsx"), List.of(moved))),
                ImportMode.COMMIT,
                RegistrationFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.studentsUpdated()).isEqualTo(1);
        assertThat(view.studentsTransferred()).isEqualTo(1);
        assertThat(view.studentsLeft()).isZero();
        assertThat(registry.findByIdNumber(mover.get(7), COUNTY).orElseThrow().schoolId())
                .isEqualTo(to.id());

        StudentImportView fromSchool = importing.submit(
                RegistrationFiles.upload(RegistrationFiles.xlsx(
                        dir.resolve("c.xlsx"),
                        List.of(RegistrationFiles.pupil(from.code(), "张新生", People.childId(true), "一年级", "1班")))),
                ImportMode.VALIDATE,
                RegistrationFiles.countyStaff());
        assertThat(fromSchool.studentsLeft()).isEqualTo(1);
        assertThat(importing
                        .problems(fromSchool.id(), COUNTY, false, Paging.of(1, 50))
                        .content())
                .extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("学生张留校（").contains("不在本次学籍名单中"));
    }

    @Test
    void oneBadRowWritesNothingAndNamesItsRowColumnAndFix() {
        SchoolView school = newSchool("平江县三市镇错误测试小学");
        String good = People.childId(true);
        String bad = People.childId(false);
        List<String> badRow = RegistrationFiles.with(
                RegistrationFiles.with(
                        RegistrationFiles.pupil(school.code(), "王错误", bad.substring(0, 17) + "0", "二年级", "1班"),
                        "户口所在地",
                        "火星"),
                "成员1联系电话",
                "");

        StudentImportView view = importing.submit(
                RegistrationFiles.upload(RegistrationFiles.xlsx(
                        dir.resolve("bad.xlsx"),
                        List.of(RegistrationFiles.pupil(school.code(), "王正确", good, "二年级", "1班"), badRow))),
                ImportMode.COMMIT,
                RegistrationFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.errorRows()).isEqualTo(1);
        assertThat(registry.findByIdNumber(good, COUNTY)).isEmpty();
        assertThat(importing.problems(view.id(), COUNTY, true, Paging.of(1, 50)).content())
                .extracting(ImportProblem::sentence)
                .anySatisfy(s -> assertThat(s).startsWith("第4行 户口所在地：未能从户口所在地中读出乡镇"));
    }

    @Test
    void theDemoCountysListExportedAndImportedAgainChangesNothing() throws IOException {
        Path file = dir.resolve("平江县学籍名单.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            importing.writeRegistrationList(COUNTY, out);
        }
        long updatesBefore =
                count("SELECT count(*) FROM audit_event WHERE object_type = 'student' AND action = 'UPDATE'");

        StudentImportView view =
                importing.submit(RegistrationFiles.upload(file), ImportMode.COMMIT, RegistrationFiles.countyStaff());

        assertThat(importing.problems(view.id(), COUNTY, true, Paging.of(1, 20)).content())
                .isEmpty();
        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.rowsRead()).isGreaterThan(100);
        assertThat(view.nothingChanged()).isTrue();
        assertThat(view.studentsUnchanged()).isEqualTo(view.rowsRead());
        assertThat(view.studentsLeft()).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'student' AND action = 'UPDATE'"))
                .isEqualTo(updatesBefore);
    }

    private SchoolView newSchool(String name) {
        return schools.open(SchoolFixtures.primarySchool(name, "430626102"), COUNTY);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
