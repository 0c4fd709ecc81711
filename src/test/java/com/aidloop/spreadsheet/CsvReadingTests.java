package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.spreadsheet.Fixtures.Read;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReadingTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"roster-utf8.csv", "roster-utf8-bom.csv", "roster-gbk.csv"})
    void readsUtf8WithOrWithoutBomAndGbkAlike(String fixture) {
        Read read = Fixtures.read(fixture);

        assertThat(read.format()).isEqualTo(SpreadsheetFormat.CSV);
        assertThat(read.header().rowNumber()).isEqualTo(3);
        assertThat(read.header().columns()).containsEntry("姓名", 1).containsEntry("资助金额(元)", 3);
        assertThat(read.rows()).extracting(SheetRow::rowNumber).containsExactly(4, 6, 7);
        assertThat(read.rows().get(0).cells())
                .containsExactly("1", "  李明 ", "430626200901010015", "1,250.00", "6217995560000000018");
        assertThat(read.rows().get(1).cell(2)).isEqualTo("4.30626E+17");
        assertThat(read.rows().get(2).cell(1)).isEqualTo("张伟（小）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-utf8.csv", "roster-gbk.csv"})
    void keepsQuotedSeparatorsLineBreaksAndDoubledQuotes(String fixture) {
        assertThat(Fixtures.read(fixture).rows().get(1).cell(5)).isEqualTo("多行\n备注，含逗号和\"引号\"");
    }

    @Test
    void readsExcelUnicodeTextThatIsUtf16AndTabSeparated() {
        Read read = Fixtures.read("roster-unicode-text.txt");

        assertThat(read.header().column("身份证号")).hasValue(2);
        assertThat(read.rows()).extracting(row -> row.cell(1)).containsExactly("  李明 ", "王芳", "张伟（小）");
    }

    @Test
    void tellsGbkFromUtf8EvenWhenTheFirstLinesArePlainAscii() throws IOException {
        String text = "no,name\r\n".repeat(2000) + "1,欧阳娜娜\r\n";
        Path gbk = Files.write(folder.resolve("late.csv"), text.getBytes(Charset.forName("GBK")));

        Read read = Fixtures.read(gbk, Set.of("name"), ReadLimits.DEFAULT);

        assertThat(read.rows().get(read.rows().size() - 1).cell(1)).isEqualTo("欧阳娜娜");
    }

    @Test
    void readsLoneCrAndLfLineEndsAndAMissingLastLineEnd() throws IOException {
        Path file = Files.writeString(folder.resolve("mac.csv"), "姓名,性别\r李明,男\n王芳,女");

        Read read = Fixtures.read(file, Set.of("姓名", "性别"), ReadLimits.DEFAULT);

        assertThat(read.rows()).extracting(SheetRow::rowNumber).containsExactly(2, 3);
        assertThat(read.rows().get(1).cells()).containsExactly("王芳", "女");
    }
}
