package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.spreadsheet.HandMadeXlsx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Student-registration files that are no student list, are broken or are built to hurt (the
 * fixtures of the school import's hostile files): each refused with its reason in Chinese, with no
 * student written and no upload left in the temporary folder.
 */
@SpringBootTest
class HostileRegistrationFilesTests {

    @Autowired
    ImportingStudents importing;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private long studentsBefore;

    @BeforeEach
    void countWhatExists() {
        studentsBefore = jdbc.sql("SELECT count(*) FROM registry_student")
                .query(Long.class)
                .single();
    }

    @Test
    void refusesAZipBombAnExternalEntityAndARenamedPdf() throws IOException {
        assertThat(refused(HandMadeXlsx.oneSheet().writeBombTo(dir.resolve("学生信息.xlsx"), 200)))
                .contains("解压后的体积异常");
        assertThat(refused(HandMadeXlsx.withExternalEntity(dir, "TOP-SECRET-KEY")))
                .contains("DTD或外部实体")
                .doesNotContain("TOP-SECRET-KEY");
        assertThat(refused(Files.writeString(dir.resolve("学生信息.xls"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")))
                .contains("不是有效的Excel或CSV表格");
    }

    @Test
    void refusesAListWithoutStudentsOrWithoutTheColumnsTheRegistryNeeds() throws IOException {
        assertThat(refused(RegistrationFiles.xlsx(dir.resolve("空.xlsx"), List.of())))
                .contains("没有学生数据");
        Path csv = Files.writeString(dir.resolve("少列.csv"), "姓名,身份证件号\r\n李小龙,430624201401010011\r\n");
        assertThat(refused(csv)).isEqualTo("表格缺少必需的列：年级、户口所在地、户口性质。请上传从学籍系统导出的学生信息（含这些列），或在表头中补上这些列");
    }

    private String refused(Path file) {
        // an import waiting at 确认导入 (the demo county's) keeps its upload: only a new file counts
        java.util.Set<Path> uploadsBefore = uploads();
        StudentImportView view =
                importing.submit(RegistrationFiles.upload(file), ImportMode.COMMIT, RegistrationFiles.countyStaff());
        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_student")
                        .query(Long.class)
                        .single())
                .isEqualTo(studentsBefore);
        assertThat(uploads()).isSubsetOf(uploadsBefore);
        return view.refusalMessage();
    }

    private static java.util.Set<Path> uploads() {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("registry-import"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
