package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Money;
import com.aidloop.shared.Signatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OfficialRosterWriterTests {

    private static final RosterHeading HEADING =
            new RosterHeading("平江县2026年秋季学期国家助学金发放花名册", "平江县教育局学生资助管理中心", LocalDate.of(2026, 11, 27));

    private static final List<Column> COLUMNS = List.of(
            Column.text("乡镇"),
            Column.text("学校"),
            Column.text("姓名"),
            Column.text("身份证号").withWidth(20),
            Column.text("学籍号").withWidth(20),
            Column.text("资助卡号").withWidth(22),
            Column.text("联系电话"),
            Column.money("资助金额（元）"),
            Column.text("备注"));

    private static List<Object> person(String name, String id, String amount) {
        return Arrays.asList(
                "城关镇", "平江县第一中学", name, id, "G" + id, "6217995560000000018", "13800138000", Money.yuan(amount), null);
    }

    @Test
    void writesTheTitleMergedAcrossTheTableAndTheUnitLine() throws IOException {
        try (XSSFWorkbook book = write(Stream.of(person("李明", "430626200901010015", "1250.00")))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平江县2026年秋季学期国家助学金发放花名册");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 9));
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getFontHeightInPoints())
                    .isEqualTo((short) 16);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：平江县教育局学生资助管理中心");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("单位：元");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("资助金额（元）");
        }
    }

    @Test
    void aListWithoutMoneyStatesNoUnitAndItsStampLineSpansTheTable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialRosterWriter.write(
                HEADING,
                List.of(Column.text("姓名"), Column.text("学校"), Column.text("资助项目")),
                Stream.of(Arrays.<Object>asList("李明", "平江县第一中学", "国家助学金")),
                out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：平江县教育局学生资助管理中心");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 3));
            for (int row = 0; row <= sheet.getLastRowNum(); row++) {
                if (sheet.getRow(row) != null) {
                    sheet.getRow(row)
                            .forEach(cell -> assertThat(cell.toString()).doesNotContain("单位：元"));
                }
            }
        }
    }

    @Test
    void numbersRowsAndKeepsIdCardAndPhoneNumbersAsTextCells() throws IOException {
        try (XSSFWorkbook book = write(Stream.of(
                person("李明", "430626200901010015", "1250.00"), person("王芳", "43062620100605004X", "625.50")))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(2);
            for (int column : new int[] {4, 5, 6, 7}) {
                Cell cell = sheet.getRow(3).getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
            }
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("430626200901010015");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("6217995560000000018");
        }
    }

    @Test
    void writesAmountsAsNumbersWithTwoDecimalsAndTheExactTotal() throws IOException {
        Stream<List<Object>> rows =
                IntStream.range(0, 10).mapToObj(i -> person("学生" + i, "430626200901010015", "0.10"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterSummary summary = OfficialRosterWriter.write(HEADING, COLUMNS, rows, out);

        assertThat(summary.rows()).isEqualTo(10);
        assertThat(summary.totals()).containsEntry("资助金额（元）", new BigDecimal("1.00"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Cell amount = sheet.getRow(3).getCell(8);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell total = sheet.getRow(13).getCell(8);
            assertThat(sheet.getRow(13).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void endsWithSignatureLinesAndTheDateInChinese() throws IOException {
        try (XSSFWorkbook book = write(Stream.of(person("李明", "430626200901010015", "1250.00")))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
                    .startsWith("经办人：")
                    .contains("审核人：", "负责人：");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("填报日期：2026年11月27日");
        }
    }

    @Test
    void signsWithTheNamesTheHeadingCarries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialRosterWriter.write(
                HEADING.signedBy(new Signatures("李芳、张敏", "王建国", "周国平")),
                List.of(Column.text("姓名"), Column.money("金额")),
                Stream.of(List.of("李明", Money.yuan(1))),
                out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("经办人：李芳、张敏　　　　审核人：王建国　　　　负责人：周国平");
        }
    }

    @Test
    void printsOnA4LandscapeFittedToWidthWithTheHeaderOnEveryPageAndPageNumbers() throws IOException {
        try (XSSFWorkbook book = write(Stream.of(person("李明", "430626200901010015", "1250.00")))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
            assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(20 * 256);
        }
    }

    @Test
    void printsANarrowRosterUpright() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialRosterWriter.write(
                HEADING, List.of(Column.text("姓名"), Column.money("金额")), Stream.of(List.of("李明", Money.yuan(1))), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void writesAFormulaLookingNameAsLiteralText() throws IOException {
        try (XSSFWorkbook book =
                write(Stream.of(person("=HYPERLINK(\"http://evil.example\",\"点我\")", "430626200901010015", "1")))) {
            Cell name = book.getSheetAt(0).getRow(3).getCell(3);

            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
        }
    }

    @Test
    void keepsMarkupCharactersSpacesLineBreaksAndEscapeLookalikesAsWritten() throws IOException {
        List<String> remarks = List.of("<b>&\"甲\"</b>", "  前后空格  ", "第一行\n第二行", "_x0041_", "A\u0001B", "𠀀字");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialRosterWriter.write(
                HEADING, List.of(Column.text("备注")), remarks.stream().map(List::of), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> read = IntStream.range(0, remarks.size())
                    .mapToObj(i -> sheet.getRow(3 + i).getCell(1).getStringCellValue())
                    .toList();
            assertThat(read).containsExactly("<b>&\"甲\"</b>", "  前后空格  ", "第一行\n第二行", "_x0041_", "A?B", "𠀀字");
            assertThat(sheet.getRow(3 + remarks.size()).getCell(0).getStringCellValue())
                    .isEqualTo("合计");
        }
    }

    @Test
    void keepsTheHeaderInViewAndColumnsAsWideAsTheirCharacters() throws IOException {
        try (XSSFWorkbook book = write(Stream.of(person("李明", "430626200901010015", "1250.00")))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(7 * 256);
            assertThat(sheet.getColumnWidth(6)).isEqualTo(23 * 256);
            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(32f);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(4).getCell(8).getCellStyle().getBorderLeft())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void readsBackThroughTheSpreadsheetReader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws IOException {
        java.nio.file.Path file = folder.resolve("花名册.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            OfficialRosterWriter.write(HEADING, COLUMNS, Stream.of(person("李明", "430626200901010015", "1250.00")), out);
        }

        Fixtures.Read read = Fixtures.read(file, java.util.Set.of("姓名", "身份证号", "资助金额(元)"), ReadLimits.DEFAULT);

        assertThat(read.header().rowNumber()).isEqualTo(3);
        assertThat(read.rows().get(0).cell(4)).isEqualTo("430626200901010015");
        assertThat(read.rows().get(0).cell(8)).isEqualTo("1,250.00");
        assertThat(read.rows().get(1).cells()).startsWith("合计");
    }

    private static XSSFWorkbook write(Stream<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialRosterWriter.write(HEADING, COLUMNS, rows, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
