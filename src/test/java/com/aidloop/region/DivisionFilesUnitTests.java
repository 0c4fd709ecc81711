package com.aidloop.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionFilesUnitTests {

    @Test
    void picksOneCountysVillagesOutOfTheNationalFile() {
        StringWriter copy = new StringWriter();
        int rows = DivisionFiles.writeVillages("430626", copy);

        List<String> lines = copy.toString().lines().toList();
        assertThat(rows).isEqualTo(550).isEqualTo(lines.size());
        assertThat(lines).allMatch(line -> line.startsWith("430626"));
        assertThat(lines.getFirst()).isEqualTo("430626001001\t民建路社区\t5\t430626001");
    }

    @Test
    void writesProvincesDownToTownships() {
        StringWriter copy = new StringWriter();
        assertThat(DivisionFiles.writeTree(copy)).isEqualTo(31 + 342 + 2_978 + 41_352);
        assertThat(copy.toString()).startsWith("11\t北京市\t1\t\\N\n12\t天津市\t1\t\\N\n");
        assertThat(copy.toString()).contains("\n430626102\t三市镇\t4\t430626\n");
    }

    /** Loading one county's villages stops after its block, which needs the codes in order. */
    @ParameterizedTest
    @ValueSource(strings = {"provinces", "cities", "areas", "streets", "villages"})
    void bundledFilesAreSortedByCode(String file) throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream in =
                new GZIPInputStream(getClass().getClassLoader().getResourceAsStream("regions/" + file + ".csv.gz"))) {
            DivisionFiles.Lines.forEach(in, new byte[0], line -> codes.add(line.substring(0, line.indexOf(','))));
        }
        assertThat(codes).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }

    @Test
    void readsLinesAcrossBufferBoundariesAndWithoutAFinalNewline() throws IOException {
        StringBuilder file = new StringBuilder("code,name\r\n");
        for (int i = 0; i < 5_000; i++) {
            file.append(String.format("%012d,\"%s\"\r\n", i, "很长的名字".repeat(i % 7)));
        }
        file.append("999999999999,\"最后一行\"");
        List<String> lines = new ArrayList<>();
        DivisionFiles.Lines.forEach(
                new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), new byte[0], lines::add);

        assertThat(lines).hasSize(5_001);
        assertThat(lines.get(6)).isEqualTo("000000000006,\"很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字\"");
        assertThat(lines.getLast()).isEqualTo("999999999999,\"最后一行\"");
    }

    @Test
    void splitsQuotedCsvFields() {
        assertThat(DivisionFiles.fields("430626102,\"三市镇\",430626,43,4306"))
                .containsExactly("430626102", "三市镇", "430626", "43", "4306");
        assertThat(DivisionFiles.fields("1,\"a \"\"b\"\", c\",2")).containsExactly("1", "a \"b\", c", "2");
    }

    @Test
    void escapesCopyTextSpecialCharacters() {
        assertThat(DivisionFiles.copyRow("430626102", "三\t市\\镇\n", RegionLevel.TOWNSHIP, "430626"))
                .isEqualTo("430626102\t三\\t市\\\\镇\\n\t4\t430626\n");
    }
}
