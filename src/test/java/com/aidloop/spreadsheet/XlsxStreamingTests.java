package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts of the .xlsx format that only some writers use, and the reader's temporary files. */
class XlsxStreamingTests {

    @TempDir
    Path folder;

    @Test
    void readsInlineStringsAsSxssfAndOtherStreamingWritersSaveThem() throws IOException {
        Path file = folder.resolve("inline.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("导出");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("资助金额");
            for (int i = 1; i <= 50; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("学生" + i);
                row.createCell(1).setCellValue(100.5 * i);
            }
            workbook.write(out);
            workbook.dispose();
        }

        Fixtures.Read read = Fixtures.read(file, Set.of("姓名", "资助金额"), ReadLimits.DEFAULT);

        assertThat(read.rows()).hasSize(50);
        assertThat(read.rows().get(49).cells()).containsExactly("学生50", "5025");
        assertThat(read.rows().get(0).cells()).containsExactly("学生1", "100.5");
    }

    @Test
    void readsRichTextLeavingOutPhoneticGuidesAndDecodesEscapedControlCharacters() throws IOException {
        Path file = HandMadeXlsx.oneSheet()
                .sharedStrings("<si><t>姓名</t></si><si><r><t>欧阳</t></r><r><rPr><b/></rPr><t>娜娜</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ouyang</t></rPh></si><si><t>第一行_x000D_\n第二行</t></si>")
                .sheet(
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
                                + "<c r=\"D3\" t=\"str\"><f>A3&amp;\"\"</f><v>欧阳娜娜</v></c><c r=\"E3\" t=\"e\"><v>#N/A</v></c></row>")
                .writeTo(folder.resolve("rich.xlsx"));

        List<SheetRow> rows =
                Fixtures.read(file, Set.of("姓名"), ReadLimits.DEFAULT).rows();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.cells()).containsExactly("欧阳娜娜", "第一行\r\n第二行", "TRUE", "欧阳娜娜", "#N/A");
        });
    }

    @Test
    void readsCellsWithoutReferencesInOrder() throws IOException {
        Path file = HandMadeXlsx.oneSheet()
                .sheet(
                        "<row><c t=\"inlineStr\"><is><t>姓名</t></is></c><c t=\"inlineStr\"><is><t>性别</t></is></c></row>"
                                + "<row><c t=\"inlineStr\"><is><t>李明</t></is></c><c t=\"inlineStr\"><is><t>男</t></is></c></row>")
                .writeTo(folder.resolve("norefs.xlsx"));

        List<SheetRow> rows =
                Fixtures.read(file, Set.of("姓名", "性别"), ReadLimits.DEFAULT).rows();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("李明", "男");
        });
    }

    @Test
    void keepsSharedStringsInTemporaryFilesOnlyWhileTheSourceIsOpen() throws IOException {
        Path temp = Files.createDirectory(folder.resolve("work"));
        Path file = Fixtures.file("roster-libreoffice.xlsx");

        try (RowSource rows = SpreadsheetReader.open(file, "roster.xlsx", ReadLimits.DEFAULT, temp)) {
            assertThat(filesIn(temp)).isNotEmpty();
            rows.findHeader(Fixtures.ROSTER_HEADERS);
        }

        assertThat(filesIn(temp)).isEmpty();
    }

    @Test
    void removesTemporaryFilesWhenARefusalComesWhileReadingRows() throws IOException {
        Path temp = Files.createDirectory(folder.resolve("work"));
        Path file = Fixtures.file("roster-libreoffice.xlsx");

        SpreadsheetRefused refused = Fixtures.refusal(() -> {
            try (RowSource rows =
                    SpreadsheetReader.open(file, "roster.xlsx", ReadLimits.DEFAULT.withMaxRows(3), temp)) {
                rows.rows().forEach(row -> {});
            }
        });

        assertThat(refused.code()).isEqualTo("spreadsheet.tooManyRows");
        assertThat(filesIn(temp)).isEmpty();
    }

    @Test
    void removesTemporaryFilesWhenOpeningIsRefused() throws IOException {
        Path temp = Files.createDirectory(folder.resolve("work"));
        Path bomb = HandMadeXlsx.oneSheet().writeBombTo(folder.resolve("bomb.xlsx"), 50);

        SpreadsheetRefused refused =
                Fixtures.refusal(() -> SpreadsheetReader.open(bomb, "bomb.xlsx", ReadLimits.DEFAULT, temp)
                        .close());

        assertThat(refused.code()).isEqualTo("spreadsheet.zipBomb");
        assertThat(filesIn(temp)).isEmpty();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
