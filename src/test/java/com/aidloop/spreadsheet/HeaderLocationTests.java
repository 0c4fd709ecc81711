package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.spreadsheet.Fixtures.Read;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderLocationTests {

    @TempDir
    Path folder;

    @Test
    void normalisesFullWidthBracketsSpacesLineBreaksAndRequiredMarks() {
        assertThat(Header.normalize("资助金额（元）")).isEqualTo(Header.normalize("资助金额(元)"));
        assertThat(Header.normalize(" 联系\n电话 ")).isEqualTo("联系电话");
        assertThat(Header.normalize("*身份证号")).isEqualTo("身份证号");
        assertThat(Header.normalize("姓　名＊")).isEqualTo("姓名");
    }

    @Test
    void picksTheRowWithMostExpectedHeadersNotTheFirstThatMentionsOne() throws IOException {
        Path file = csv("说明：姓名必须与身份证一致\r\n姓名,身份证号,资助金额（元）\r\n李明,430626200901010015,1000\r\n");

        Read read = Fixtures.read(file, Set.of("姓名", "身份证号", "资助金额(元)"), ReadLimits.DEFAULT);

        assertThat(read.header().rowNumber()).isEqualTo(2);
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    void reportsMissingAndUnknownHeadersWithoutRefusing() throws IOException {
        Path file = csv("姓名,身份证,家庭住址\r\n李明,430626200901010015,平江县\r\n");

        Header header = Fixtures.read(file, new LinkedHashSet<>(List.of("姓名", "身份证号", "资助金额(元)")), ReadLimits.DEFAULT)
                .header();

        assertThat(header.missing()).containsExactly("身份证号", "资助金额(元)");
        assertThat(header.unknown()).containsExactly("身份证", "家庭住址");
    }

    @Test
    void refusesAFileWhoseFirstRowsHoldNoExpectedHeader() throws IOException {
        Path file = csv("a,b\r\n1,2\r\n");

        SpreadsheetRefused refused = Fixtures.refusal(
                () -> Fixtures.read(file, new LinkedHashSet<>(List.of("姓名", "身份证号")), ReadLimits.DEFAULT));

        assertThat(refused.getLocalizedMessage()).isEqualTo("前20行中没有找到表头（应含有“姓名”“身份证号”等列名），请使用下载的模板填写");
    }

    @Test
    void refusesAnExpectedHeaderThatAppearsTwice() throws IOException {
        Path file = csv("姓名,身份证号,姓 名\r\n李明,430626200901010015,李明\r\n");

        SpreadsheetRefused refused =
                Fixtures.refusal(() -> Fixtures.read(file, Set.of("姓名", "身份证号"), ReadLimits.DEFAULT));

        assertThat(refused.getLocalizedMessage()).isEqualTo("表头“姓名”出现了多次（A列、C列），请只保留一列");
    }

    @Test
    void givesEveryRowFromTheTopWhenNoHeaderIsAskedFor() {
        Path file = Fixtures.file("roster-utf8.csv");

        try (RowSource rows = SpreadsheetReader.open(file, "roster-utf8.csv", ReadLimits.DEFAULT)) {
            assertThat(rows.rows().map(SheetRow::rowNumber).toList()).containsExactly(1, 3, 4, 6, 7);
        }
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(folder.resolve("file.csv"), text);
    }
}
