package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.running.ImportJobs;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.HandMadeXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files that are no roster, are broken or are built to hurt: each refused with a clear reason in
 * Chinese, with nothing written (no award, no student) and no file left behind in the import
 * folder.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileRosterFilesTests {

    @Autowired
    ImportingRoster importing;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private long awardsBefore;
    private long studentsBefore;
    private Set<Path> filesBefore;

    @BeforeEach
    void countWhatExists() throws IOException {
        awardsBefore = count("award_award");
        studentsBefore = count("registry_student");
        filesBefore = files();
    }

    @Test
    void refusesAZipBomb() throws IOException {
        RosterImportView view = refused(HandMadeXlsx.oneSheet().writeBombTo(dir.resolve("名单.xlsx"), 200));

        assertThat(view.refusalMessage()).contains("名单.xlsx", "解压后的体积异常");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() throws IOException {
        RosterImportView view = refused(HandMadeXlsx.withExternalEntity(dir, "TOP-SECRET-KEY"));

        assertThat(view.refusalMessage()).contains("DTD或外部实体").doesNotContain("TOP-SECRET-KEY");
    }

    @Test
    void refusesARenamedPdfAndAProgram() throws IOException {
        assertThat(refused(Files.writeString(dir.resolve("名单.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))
                        .refusalMessage())
                .contains("不是有效的Excel或CSV表格");
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        assertThat(refused(Files.write(dir.resolve("名单.xls"), program)).refusalMessage())
                .contains("不是有效的Excel或CSV表格");
    }

    @Test
    void refusesAnEmptyFileAndASheetWithoutRows() throws IOException {
        assertThat(refused(Files.write(dir.resolve("empty.xlsx"), new byte[0])).refusalMessage())
                .contains("没有数据");
        Path headerOnly = Rosters.xlsx(dir.resolve("header-only.xlsx"), List.of());
        assertThat(refused(headerOnly).refusalMessage()).contains("没有资助名单数据");
    }

    @Test
    void refusesMergedHeaderCellsNamingThem() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("资助名单");
            XSSFRow header = sheet.createRow(0);
            RosterColumn[] columns = RosterColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 6));
            sheet.createRow(1).createCell(5).setCellValue("李明");
            workbook.write(out);
        }

        assertThat(refused(file).refusalMessage()).contains("合并单元格", "F1:G1");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() {
        Path file = Rosters.xlsx(
                dir.resolve("no-id.xlsx"), Rosters.pupils(2), Set.of(RosterColumn.ID_NUMBER, RosterColumn.AMOUNT));

        assertThat(refused(file).refusalMessage()).contains("缺少必填列", "证件号码", "资助金额(元)");
    }

    private RosterImportView refused(Path file) {
        RosterImportView view = importing.submit(
                Rosters.upload(file),
                new Term(2026, Term.Semester.AUTUMN),
                ImportMode.COMMIT,
                false,
                Rosters.countyStaff(),
                true);
        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).isNotBlank();
        assertThat(view.fileKept()).isFalse();
        assertThat(count("award_award")).isEqualTo(awardsBefore);
        assertThat(count("registry_student")).isEqualTo(studentsBefore);
        assertThat(files()).isEqualTo(filesBefore);
        return view;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Set<Path> files() {
        try (Stream<Path> files = Files.walk(jobs.directory())) {
            return Set.copyOf(files.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
