package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not rosters, are broken, or are built to hurt: each refused with a reason. */
class HostileFileTests {

    @TempDir
    Path folder;

    @Test
    void refusesAZipBombBeforeInflatingIt() throws IOException {
        Path bomb = HandMadeXlsx.oneSheet().writeBombTo(folder.resolve("bomb.xlsx"), 200);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        SpreadsheetRefused refused = refusal(bomb);

        assertThat(refused.code()).isEqualTo("spreadsheet.zipBomb");
        assertThat(refused.getLocalizedMessage()).contains("bomb.xlsx", "解压后的体积异常");
    }

    @Test
    void refusesAnArchiveThatInflatesPastTheTotalLimitEvenAtAModestRatio() throws IOException {
        Path big = HandMadeXlsx.oneSheet().writeBombTo(folder.resolve("big.xlsx"), 3);
        ReadLimits limits =
                ReadLimits.DEFAULT.withMaxUncompressedBytes(2L * 1024 * 1024).withMaxInflateRatio(1_000_000);

        assertThat(Fixtures.refusal(() -> open(big, limits).close()).code()).isEqualTo("spreadsheet.zipBomb");
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity() throws IOException {
        Path file = HandMadeXlsx.withExternalEntity(folder, "TOP-SECRET-KEY");

        SpreadsheetRefused refused = refusal(file);

        assertThat(refused.code()).isEqualTo("spreadsheet.forbiddenXml");
        assertThat(refused.getLocalizedMessage()).doesNotContain("TOP-SECRET-KEY");
    }

    @Test
    void refusesADtdInTheSharedStringsToo() throws IOException {
        String billionLaughs =
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>&b;</t></si></sst>";
        Path file = HandMadeXlsx.oneSheet()
                .part("xl/sharedStrings.xml", billionLaughs)
                .writeTo(folder.resolve("laughs.xlsx"));

        assertThat(refusal(file).code()).isEqualTo("spreadsheet.forbiddenXml");
    }

    @Test
    void refusesARenamedPdfPngOrWordDocument() throws IOException {
        Path pdf = Files.writeString(folder.resolve("花名册.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
        Path png = Files.write(
                folder.resolve("花名册.xls"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path docx = HandMadeXlsx.oneSheet()
                .part("_rels/.rels", """
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""")
                .part(
                        "word/document.xml",
                        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
                .writeTo(folder.resolve("申请表.xlsx"));

        for (Path file : new Path[] {pdf, png, docx}) {
            SpreadsheetRefused refused = refusal(file);
            assertThat(refused.code()).as(file.toString()).isEqualTo("spreadsheet.notSpreadsheet");
            assertThat(refused.getLocalizedMessage())
                    .contains("不是有效的Excel或CSV表格", file.getFileName().toString());
        }
    }

    @Test
    void refusesAPasswordProtectedWorkbookAndAnOle2FileThatIsNoWorkbook() throws Exception {
        Path encrypted = folder.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(Fixtures.file("roster-poi.xlsx"), out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }
        Path word = folder.resolve("申请表.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            try (OutputStream file = Files.newOutputStream(word)) {
                fs.writeFilesystem(file);
            }
        }

        assertThat(refusal(encrypted).getLocalizedMessage()).isEqualTo("文件“加密.xlsx”设置了打开密码，请在Excel或WPS中取消密码后重新上传");
        assertThat(refusal(word).code()).isEqualTo("spreadsheet.notSpreadsheet");
    }

    @Test
    void refusesAWebPageSavedAsXls() throws IOException {
        Path html = Files.writeString(
                folder.resolve("导出.xls"), "<html><body><table><tr><td>姓名</td></tr></table></body></html>");

        assertThat(refusal(html).code()).isEqualTo("spreadsheet.markup");
    }

    @Test
    void refusesABrokenArchive() throws IOException {
        byte[] zip = Files.readAllBytes(Fixtures.file("roster-libreoffice.xlsx"));
        Path cut = Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(zip, zip.length / 2));

        assertThat(refusal(cut).code()).isEqualTo("spreadsheet.corrupt");
    }

    @Test
    void refusesAnEmptyFileAndAWorkbookWithoutData() throws IOException {
        Path empty = Files.write(folder.resolve("empty.xlsx"), new byte[0]);
        Path emptySheet = HandMadeXlsx.oneSheet()
                .sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>")
                .writeTo(folder.resolve("blank.xlsx"));
        Path blankCsv = Files.writeString(folder.resolve("blank.csv"), ",,,\r\n\r\n", StandardCharsets.UTF_8);

        assertThat(refusal(empty).code()).isEqualTo("spreadsheet.empty");
        assertThat(refusal(emptySheet).code()).isEqualTo("spreadsheet.empty");
        assertThat(refusal(blankCsv).code()).isEqualTo("spreadsheet.empty");
        assertThat(refusal(empty).getLocalizedMessage()).startsWith("表格中没有数据");
    }

    @Test
    void refusesMergedHeaderCellsNamingThem() {
        for (String fixture : new String[] {"merged-header-libreoffice.xlsx", "merged-header-libreoffice.xls"}) {
            SpreadsheetRefused refused = Fixtures.refusal(
                    () -> Fixtures.read(Fixtures.file(fixture), Set.of("姓名", "身份证号", "资助金额"), ReadLimits.DEFAULT));

            assertThat(refused.code()).isEqualTo("spreadsheet.headerMerged");
            assertThat(refused.getLocalizedMessage()).isEqualTo("表头所在的第2行有合并单元格（C2:D2），请取消合并，每列只保留一个列名后重新上传");
        }
    }

    @Test
    void acceptsAMergedTitleAboveTheHeader() {
        assertThat(Fixtures.read("roster-libreoffice.xlsx").header().rowNumber())
                .isEqualTo(4);
    }

    @Test
    void refusesMoreDataRowsThanTheLimit() {
        ReadLimits threeRows = ReadLimits.DEFAULT.withMaxRows(3);

        SpreadsheetRefused refused = Fixtures.refusal(
                () -> Fixtures.read(Fixtures.file("roster-libreoffice.xlsx"), Fixtures.ROSTER_HEADERS, threeRows));

        assertThat(refused.code()).isEqualTo("spreadsheet.tooManyRows");
        assertThat(refused.getLocalizedMessage()).isEqualTo("表格超过了3行的上限，请拆分后分批上传");
    }

    @Test
    void countsNeitherTitleNorHeaderRowsAgainstTheLimit() {
        ReadLimits fourRows = ReadLimits.DEFAULT.withMaxRows(4);

        assertThat(Fixtures.read(Fixtures.file("roster-libreoffice.xlsx"), Fixtures.ROSTER_HEADERS, fourRows)
                        .rows())
                .hasSize(4);
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeOpeningIt() {
        Path file = Fixtures.file("roster-libreoffice.xlsx");

        SpreadsheetRefused refused = Fixtures.refusal(
                () -> open(file, ReadLimits.DEFAULT.withMaxFileBytes(1024)).close());

        assertThat(refused.code()).isEqualTo("spreadsheet.fileTooLarge");
        assertThat(refused.getLocalizedMessage()).contains("roster-libreoffice.xlsx", "超过了0.0 MB的上限");
    }

    @Test
    void refusesTooManyColumnsAndTooLongCells() throws IOException {
        Path wide = Files.writeString(folder.resolve("wide.csv"), "姓名,a,b,c,d\r\n李明,1,2,3,4\r\n");
        Path longCell = Files.writeString(folder.resolve("long.csv"), "姓名\r\n" + "长".repeat(40) + "\r\n");

        SpreadsheetRefused tooWide =
                Fixtures.refusal(() -> Fixtures.read(wide, Set.of("姓名"), ReadLimits.DEFAULT.withMaxColumns(3)));
        SpreadsheetRefused tooLong =
                Fixtures.refusal(() -> Fixtures.read(longCell, Set.of("姓名"), ReadLimits.DEFAULT.withMaxCellChars(30)));

        assertThat(tooWide.getLocalizedMessage()).isEqualTo("第1行的D列有内容，超过了3列的上限，请删除多余的列后重新上传");
        assertThat(tooLong.getLocalizedMessage()).isEqualTo("第2行A列的内容超过30个字符，请核对后重新上传");
    }

    private static RowSource open(Path file, ReadLimits limits) {
        return SpreadsheetReader.open(file, file.getFileName().toString(), limits);
    }

    private static SpreadsheetRefused refusal(Path file) {
        return Fixtures.refusal(() -> Fixtures.read(file, Set.of("姓名"), ReadLimits.DEFAULT));
    }
}
