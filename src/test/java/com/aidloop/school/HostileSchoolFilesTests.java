package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.spreadsheet.HandMadeXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * School files that are no school list, are broken or are built to hurt: each refused with its
 * reason in Chinese (or its cells named by row and column), with no school written, no row kept
 * and no upload left in the temporary folder.
 */
@SpringBootTest
class HostileSchoolFilesTests {

    @Autowired
    ImportingSchools importing;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private long schoolsBefore;
    private long uploadsBefore;

    @BeforeEach
    void countWhatExists() {
        schoolsBefore = count("SELECT count(*) FROM school_school");
        uploadsBefore = uploadsLeft();
    }

    @Test
    void refusesAZipBombBeforeInflatingIt() throws IOException {
        assertThat(refused(HandMadeXlsx.oneSheet().writeBombTo(dir.resolve("学校.xlsx"), 200))
                        .refusalMessage())
                .contains("学校.xlsx", "解压后的体积异常");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() throws IOException {
        SchoolImportView view = refused(HandMadeXlsx.withExternalEntity(dir, "TOP-SECRET-KEY"));

        assertThat(view.refusalMessage()).contains("DTD或外部实体").doesNotContain("TOP-SECRET-KEY");
    }

    @Test
    void refusesARenamedPdfAFileWithoutRowsAndOneWithoutTheRequiredColumns() throws IOException {
        assertThat(refused(Files.writeString(dir.resolve("学校.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))
                        .refusalMessage())
                .contains("不是有效的Excel或CSV表格");
        assertThat(refused(SchoolFiles.xlsx(dir.resolve("header-only.xlsx"), List.of()))
                        .refusalMessage())
                .contains("没有学校数据");
        Path noCode =
                SchoolFiles.xlsx(dir.resolve("no-code.xlsx"), List.of("学校名称", "学段"), List.of(List.of("平江县某小学", "小学")));
        assertThat(refused(noCode).refusalMessage()).isEqualTo("表格缺少必填列：学校标识码、办学性质、所在乡镇。请使用下载的模板填写，或在表头中补上这些列");
    }

    @Test
    void refusesASheetOverTheRowLimit() throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", SchoolFiles.HEADER)).append("\r\n");
        for (int i = 0; i < 10_001; i++) {
            csv.append(2_100_000_000L + i).append(",平江县第").append(i).append("小学,小学,公办,三市镇,,,\r\n");
        }

        SchoolImportView view = refused(Files.writeString(dir.resolve("huge.csv"), csv));

        assertThat(view.refusalMessage()).contains("超过了10000行的上限");
    }

    @Test
    void formulaTextIsRefusedByRowAndColumnAndAFormulaCellIsReadAsTheValueItShows() throws IOException {
        String code = SchoolFixtures.nextCode();
        Path csv = Files.writeString(
                dir.resolve("公式.csv"),
                String.join(",", SchoolFiles.HEADER) + "\r\n" + code
                        + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",小学,公办,三市镇,,,\r\n",
                StandardCharsets.UTF_8);

        SchoolImportView view = importing.submit(SchoolFiles.upload(csv), ImportMode.COMMIT, SchoolFiles.countyStaff());

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(importing.allProblems(view.id(), SchoolFixtures.county()))
                .extracting(ImportProblem::sentence)
                .containsExactly("第2行 学校名称：不能以“=”“+”“-”“@”开头（表格会把它当作公式），请填写实际内容");
        assertThat(count("SELECT count(*) FROM school_school")).isEqualTo(schoolsBefore);

        Path xlsx = formulaCell(dir.resolve("公式.xlsx"), code);
        SchoolImportView read =
                importing.submit(SchoolFiles.upload(xlsx), ImportMode.COMMIT, SchoolFiles.countyStaff());
        assertThat(read.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(jdbc.sql("SELECT name FROM school_school WHERE code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo("平江县三市镇钓鱼小学");
        assertThat(uploadsLeft()).isEqualTo(uploadsBefore);
    }

    private SchoolImportView refused(Path file) {
        SchoolImportView view =
                importing.submit(SchoolFiles.upload(file), ImportMode.COMMIT, SchoolFiles.countyStaff());
        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).isNotBlank();
        assertThat(view.rowsKept()).isFalse();
        assertThat(importing.allProblems(view.id(), SchoolFixtures.county()))
                .singleElement()
                .satisfies(p -> assertThat(p.row()).isZero());
        assertThat(count("SELECT count(*) FROM school_school")).isEqualTo(schoolsBefore);
        assertThat(uploadsLeft()).isEqualTo(uploadsBefore);
        return view;
    }

    /** A name cell holding =HYPERLINK(…) with the text Excel shows cached beside it. */
    private static Path formulaCell(Path file, String code) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("学校信息");
            Row header = sheet.createRow(0);
            for (int i = 0; i < SchoolFiles.HEADER.size(); i++) {
                header.createCell(i).setCellValue(SchoolFiles.HEADER.get(i));
            }
            List<String> values = new ArrayList<>(SchoolFiles.row(code, "", "小学", "公办", "三市镇"));
            Row row = sheet.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
            row.getCell(1).setCellFormula("HYPERLINK(\"http://evil.example\",\"平江县三市镇钓鱼小学\")");
            row.getCell(1).setCellValue("平江县三市镇钓鱼小学");
            workbook.write(out);
        }
        return file;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long uploadsLeft() {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("school-import"))
                    .count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
