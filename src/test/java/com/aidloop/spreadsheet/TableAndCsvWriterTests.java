package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableAndCsvWriterTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 138", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx"})
    void prefixesTextThatASpreadsheetWouldRunWithASingleQuote(String text) {
        assertThat(CellText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"李明", "430626200901010015", " =1", "a=b", "（=1）", "'already"})
    void leavesOtherTextAlone(String text) {
        assertThat(CellText.safe(text)).isEqualTo(text);
    }

    @Test
    void writesATemplateWithTextColumnsDropDownsAndInstructions() throws IOException {
        List<String> schools = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "平江县第" + i + "中学（初中部）")
                .toList();
        List<Column> columns = List.of(
                Column.text("姓名"),
                Column.text("身份证号").withWidth(20),
                Column.text("性别").withChoices(List.of("男", "女")),
                Column.text("学校").withChoices(schools),
                Column.money("资助金额（元）"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet(
                            "学生名单",
                            columns,
                            Stream.of(Arrays.asList(
                                    "=cmd|' /C calc'!A0", "430626200901010015", "男", schools.get(3), Money.yuan(800))))
                    .addNotes("填写说明", List.of("1. 身份证号请填写18位号码", "2. 金额以元为单位"))
                    .writeTo(out);
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("学生名单");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(800.0);

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(2);
            DataValidation gender = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .findFirst()
                    .orElseThrow();
            assertThat(gender.getValidationConstraint().getExplicitListValues()).containsExactly("男", "女");
            DataValidation school = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3)
                    .findFirst()
                    .orElseThrow();
            assertThat(school.getValidationConstraint().getFormula1()).isEqualTo("字典_A");
            assertThat(book.isSheetHidden(book.getSheetIndex("字典"))).isTrue();
            assertThat(book.getSheet("字典").getRow(39).getCell(0).getStringCellValue())
                    .isEqualTo("平江县第40中学（初中部）");
            assertThat(book.getSheet("填写说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("1. 身份证号请填写18位号码");
        }
    }

    @Test
    void writesUtf8CsvWithBomCrlfQuotingAndEscapedFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, CsvEncoding.UTF8_WITH_BOM)) {
            csv.writeRow(List.of("姓名", "卡号", "金额", "备注"));
            csv.writeRow(Arrays.asList("李明", "6217995560000000018", Money.yuan("-1250.50"), "含,逗号和\"引号\""));
            csv.writeRow(Arrays.asList("=HYPERLINK(\"x\")", null, new java.math.BigDecimal("3.00"), "@x"));
        }

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("姓名,卡号,金额,备注\r\n"
                        + "李明,6217995560000000018,-1250.50,\"含,逗号和\"\"引号\"\"\"\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",,3.00,'@x\r\n");
    }

    @Test
    void writesGbkCsvAndRefusesACharacterGbkCannotHold() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, CsvEncoding.GBK)) {
            csv.writeRow(List.of("姓名", "金额"));
            csv.writeRow(List.of("欧阳娜娜", Money.yuan(100)));

            SpreadsheetRefused refused = Fixtures.refusal(() -> csv.writeRow(List.of("王\uD840\uDDD4", Money.yuan(1))));
            assertThat(refused.getLocalizedMessage())
                    .isEqualTo("第3行第1列含有GBK编码无法表示的字符“\uD840\uDDD4”，请改用UTF-8编码导出，或核对该内容");
        }

        assertThat(new String(out.toByteArray(), Charset.forName("GBK"))).startsWith("姓名,金额\r\n欧阳娜娜,100.00\r\n");
    }
}
