package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school import against the database: new schools opened, registered ones revised with the
 * changes audited, all in one transaction; the same file again changes nothing; one bad row
 * writes nothing; a clean validation is committed with 确认导入; the demo county re-imports as it is.
 */
@SpringBootTest
class SchoolImportTests {

    @Autowired
    ImportingSchools importing;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void opensNewSchoolsAndRevisesRegisteredOnesAuditingEachChange() {
        SchoolView registered = schools.open(
                SchoolFixtures.primarySchool("平江县南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        List<String> newPrimary = SchoolFiles.newSchool("平江县三市镇第二小学", "三市镇");
        String throughCode = SchoolFixtures.nextCode();
        Path file = SchoolFiles.xlsx(
                dir.resolve("学校.xlsx"),
                List.of(
                        SchoolFiles.row(
                                registered.code(), "平江县南江镇第一小学", "小学", "公办", "南江镇", "南江镇新街2号", "周老师", "0730-6221234"),
                        newPrimary,
                        SchoolFiles.row(throughCode, "平江县南江镇九年一贯制学校", "九年一贯制", "教育部门", "430626107")));

        SchoolImportView view =
                importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.schoolsCreated()).isEqualTo(2);
        assertThat(view.schoolsUpdated()).isEqualTo(1);
        assertThat(view.errors()).isZero();
        SchoolView revised = schools.byCode(registered.code()).orElseThrow();
        assertThat(revised.name()).isEqualTo("平江县南江镇第一小学");
        assertThat(revised.contactName()).isEqualTo("周老师");
        assertThat(revised.contactPhoneMasked()).isEqualTo("073*****1234");
        assertThat(schools.byCode(throughCode).orElseThrow().stages())
                .containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(schools.byCode(newPrimary.getFirst()).orElseThrow().townshipCode())
                .isEqualTo("430626102");
        assertThat(storedPhone(newPrimary.getFirst()))
                .doesNotContain("13807301234")
                .isNotBlank();
        assertThat(changesAudited(registered.id()))
                .contains("学校名称", "平江县南江镇中心小学", "平江县南江镇第一小学", "073*****1234")
                .doesNotContain("0730-6221234");
        assertThat(count(
                        "SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND object_type = 'school_import' AND object_id = :id",
                        String.valueOf(view.id())))
                .isEqualTo(1);
    }

    @Test
    void theSameFileAgainChangesNothingAndSaysSo() {
        Path file = SchoolFiles.xlsx(
                dir.resolve("学校.xlsx"),
                List.of(SchoolFiles.newSchool("平江县安定镇第二小学", "安定镇"), SchoolFiles.newSchool("平江县安定镇第三小学", "安定镇")));
        importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());
        long eventsBefore = count("SELECT count(*) FROM audit_event WHERE object_type = 'school'", null);

        SchoolImportView again =
                importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());

        assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.nothingChanged()).isTrue();
        assertThat(again.schoolsUnchanged()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'school'", null))
                .isEqualTo(eventsBefore);
    }

    @Test
    void oneBadRowWritesNothingAndNamesItsRowAndColumn() {
        List<String> good = SchoolFiles.newSchool("平江县加义镇第二小学", "加义镇");
        List<String> bad = SchoolFiles.row(SchoolFixtures.nextCode(), "平江县加义镇第三小学", "小学", "公办", "东塘镇");
        Path file = SchoolFiles.xlsx(dir.resolve("学校.xlsx"), List.of(good, bad));

        SchoolImportView view =
                importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).isEqualTo("校验发现1个错误（1行），未导入任何数据；请按错误提示修改后重新导入");
        assertThat(view.schoolsCreated()).isZero();
        assertThat(schools.byCode(good.getFirst())).isEmpty();
        assertThat(importing.allProblems(view.id(), SchoolFixtures.county()))
                .extracting(ImportProblem::sentence)
                .containsExactly("第3行 所在乡镇：“东塘镇”不是平江县的乡镇（街道），请核对后重新填写");
    }

    @Test
    void aCleanValidationWritesNothingUntilItIsConfirmedOnce() {
        List<String> school = SchoolFiles.newSchool("平江县长寿镇第二小学", "长寿镇");
        Path file = SchoolFiles.csv(dir.resolve("学校.csv"), List.of(school), Charset.forName("GBK"));

        SchoolImportView validated =
                importing.submit(SchoolFiles.upload(file), ImportMode.VALIDATE, SchoolFiles.countyStaff());

        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(validated.canCommit()).isTrue();
        assertThat(validated.schoolsCreated()).isEqualTo(1);
        assertThat(schools.byCode(school.getFirst())).isEmpty();

        SchoolImportView committed = importing.commitValidated(validated.id(), SchoolFiles.countyStaff());

        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.validatedImportId()).isEqualTo(validated.id());
        assertThat(schools.byCode(school.getFirst()).orElseThrow().contactPhoneMasked())
                .isEqualTo("138****1234");
        assertThat(importing.get(validated.id(), SchoolFixtures.county()).canCommit())
                .isFalse();
        assertThatThrownBy(() -> importing.commitValidated(validated.id(), SchoolFiles.countyStaff()))
                .isInstanceOf(SchoolImportNotCommittable.class);
    }

    @Test
    void theDemoCountyExportedReimportsUnchanged() throws Exception {
        long demoSchools = count("SELECT count(*) FROM school_school WHERE code LIKE '21430626__'", null);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        importing.writeSchools(SchoolFixtures.county(), exported);
        Path file = Files.write(dir.resolve("平江县学校.xlsx"), exported.toByteArray());

        SchoolImportView view =
                importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());

        assertThat(demoSchools).isEqualTo(21);
        assertThat(view.errors())
                .as(importing.allProblems(view.id(), SchoolFixtures.county()).toString())
                .isZero();
        assertThat(view.nothingChanged()).isTrue();
        assertThat(view.schoolsUnchanged()).isEqualTo(view.rowsRead()).isGreaterThanOrEqualTo(21);
        assertThat(count("SELECT count(*) FROM school_school WHERE code LIKE '21430626__'", null))
                .isEqualTo(21);
    }

    @Test
    void anotherCountysImportIsNotFound() {
        Path file = SchoolFiles.xlsx(dir.resolve("学校.xlsx"), List.of(SchoolFiles.newSchool("平江县龙门镇第二小学", "龙门镇")));
        SchoolImportView view =
                importing.submit(SchoolFiles.upload(file), ImportMode.VALIDATE, SchoolFiles.countyStaff());

        assertThatThrownBy(() -> importing.get(view.id(), SchoolFixtures.otherCounty()))
                .isInstanceOf(SchoolImportNotFound.class);
    }

    private String storedPhone(String code) {
        return jdbc.sql("SELECT contact_phone_sealed FROM school_school WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .single();
    }

    private String changesAudited(long schoolId) {
        return jdbc.sql("""
                        SELECT string_agg(changes::text, ' ' ORDER BY id) FROM audit_event
                         WHERE object_type = 'school' AND object_id = :id AND action = 'UPDATE'
                        """)
                .param("id", String.valueOf(schoolId))
                .query(String.class)
                .single();
    }

    private long count(String sql, String id) {
        var statement = jdbc.sql(sql);
        if (id != null) {
            statement = statement.param("id", id);
        }
        return statement.query(Long.class).single();
    }
}
