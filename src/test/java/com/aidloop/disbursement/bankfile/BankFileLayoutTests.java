package com.aidloop.disbursement.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.spreadsheet.RosterHeading;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BankFileLayoutTests {

    private static final List<BankFileRow> ROWS = List.of(
            new BankFileRow(1, "李子涵", "6217990000000000001", Money.yuan("1250.00"), "PY2026A0000000001"),
            new BankFileRow(2, "=HYPERLINK(\"x\")", "6217990000000000002", Money.yuan("312.50"), "PY2026A0000000002"),
            new BankFileRow(3, "@王芳", "6217990000000000003", Money.yuan("500.00"), "PY2026A0000000003"));
    private static final RosterHeading HEADING =
            new RosterHeading("平江县三市镇2026年秋季学期生活补助银行代发明细（PB2026A000001）", "平江县学生资助管理中心", LocalDate.of(2026, 11, 28));

    @Test
    void csvHasBomHeaderAndLinesWithFormulasEscaped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBankFile.write(ROWS, CsvEncoding.UTF8_WITH_BOM, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("""
                序号,户名,卡号,金额,摘要\r
                1,李子涵,6217990000000000001,1250.00,PY2026A0000000001\r
                2,"'=HYPERLINK(""x"")",6217990000000000002,312.50,PY2026A0000000002\r
                3,'@王芳,6217990000000000003,500.00,PY2026A0000000003\r
                """);
    }

    @Test
    void csvInGbkOnRequest() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBankFile.write(ROWS.subList(0, 1), CsvEncoding.GBK, out);
        assertThat(out.toByteArray())
                .isEqualTo("序号,户名,卡号,金额,摘要\r\n1,李子涵,6217990000000000001,1250.00,PY2026A0000000001\r\n"
                        .getBytes(Charset.forName("GBK")));
    }

    @Test
    void xlsxKeepsCardsAsTextEscapesFormulasAndTotalsTheAmounts() throws Exception {
        byte[] file = xlsx(HEADING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("银行代发明细");
            Row header = sheet.getRow(2);
            assertThat(List.of(
                            header.getCell(0).getStringCellValue(),
                            header.getCell(1).getStringCellValue(),
                            header.getCell(2).getStringCellValue(),
                            header.getCell(3).getStringCellValue(),
                            header.getCell(4).getStringCellValue()))
                    .containsExactly("序号", "户名", "卡号", "金额", "摘要");
            Row first = sheet.getRow(3);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("6217990000000000001");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("PY2026A0000000001");
            assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(2062.50);
        }
    }

    @Test
    void xlsxOfTheSameLinesIsTheSameBytesWithFixedEntryTimesAndNoCreationDate() throws Exception {
        for (RosterHeading heading : new RosterHeading[] {HEADING, null}) {
            byte[] first = xlsx(heading);
            byte[] second = xlsx(heading);
            assertThat(sha256(second)).isEqualTo(sha256(first));
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    assertThat(entry.getTimeLocal()).isEqualTo(ReproducibleZip.ENTRY_TIME);
                    byte[] content = zip.readAllBytes();
                    if (entry.getName().equals("docProps/core.xml")) {
                        assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain("created");
                    }
                }
            }
            assertThat(names)
                    .as("a workbook (its writer may leave out docProps; if present, no creation date)")
                    .contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
        }
    }

    private static byte[] xlsx(RosterHeading heading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxBankFile.write(ROWS, heading, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
