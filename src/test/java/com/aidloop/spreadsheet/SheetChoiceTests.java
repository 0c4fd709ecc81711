package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the sheet chosen of an .xlsx and an .xls: by name, or the one holding the headers. */
class SheetChoiceTests {

    static final Set<String> HEADERS = Set.of("姓名", "身份证号码", "类别");

    @ParameterizedTest(name = "xls: {0}")
    @ValueSource(booleans = {false, true})
    void theSheetHoldingTheHeadersIsReadBehindANoteAndAHiddenSheet(boolean xls) throws IOException {
        Path file = workbook(xls, false);

        try (RowSource first = SpreadsheetReader.open(file, "f", ReadLimits.DEFAULT);
                RowSource holding =
                        SpreadsheetReader.open(file, "f", ReadLimits.DEFAULT, SheetChoice.holding(HEADERS))) {
            assertThat(first.sheetName()).isEqualTo("填表说明");
            assertThat(holding.sheetName()).isEqualTo("名单");
            Header header = holding.findHeader(HEADERS);
            assertThat(header.rowNumber()).isEqualTo(2);
            assertThat(header.cell(holding.next().orElseThrow(), "姓名")).isEqualTo("张三");
            assertThat(holding.next()).isEmpty();
        }
    }

    @ParameterizedTest(name = "xls: {0}")
    @ValueSource(booleans = {false, true})
    void twoSheetsHoldingTheHeadersAreAmbiguousAndANamedOneIsRead(boolean xls) throws IOException {
        Path file = workbook(xls, true);

        assertThatThrownBy(() -> SpreadsheetReader.open(file, "f", ReadLimits.DEFAULT, SheetChoice.holding(HEADERS)))
                .isInstanceOfSatisfying(SheetAmbiguous.class, refused -> assertThat(refused.sheets())
                        .containsExactly("名单", "补报"));
        try (RowSource named = SpreadsheetReader.open(file, "f", ReadLimits.DEFAULT, SheetChoice.named(" 补报 "))) {
            assertThat(named.sheetName()).isEqualTo("补报");
            named.findHeader(HEADERS);
            assertThat(named.next().orElseThrow().cells()).contains("李四");
        }
        assertThatThrownBy(() -> SpreadsheetReader.open(file, "f", ReadLimits.DEFAULT, SheetChoice.named("旧表")))
                .isInstanceOf(SpreadsheetRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("旧表", "填表说明、名单、补报")
                .doesNotContain("隐藏");
    }

    /** 填表说明, a hidden sheet with the headers, 名单 (a title, the header, 张三), maybe 补报 (李四). */
    private static Path workbook(boolean xls, boolean second) throws IOException {
        try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            book.createSheet("填表说明").createRow(0).createCell(0).setCellValue("身份证号码请填18位，姓名填写户籍姓名");
            Sheet hidden = book.createSheet("隐藏");
            write(hidden, 0, "姓名", "身份证号码", "类别");
            book.setSheetHidden(1, true);
            Sheet list = book.createSheet("名单");
            write(list, 0, "城乡低保名单");
            write(list, 1, "姓名", "身份证号码", "类别");
            write(list, 2, "张三", "110101200001011234", "城乡低保");
            if (second) {
                Sheet more = book.createSheet("补报");
                write(more, 0, "姓名", "身份证号码");
                write(more, 1, "李四", "110101200001015678");
            }
            Path file = Files.createTempFile("sheets-", xls ? ".xls" : ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }

    private static void write(Sheet sheet, int row, String... cells) {
        var r = sheet.createRow(row);
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i]);
        }
    }
}
