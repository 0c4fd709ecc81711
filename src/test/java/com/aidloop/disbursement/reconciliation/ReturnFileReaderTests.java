package com.aidloop.disbursement.reconciliation;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.fixedFile;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.fixedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading return files of every kind, without a database. */
class ReturnFileReaderTests {

    private static final String REF = "PY2031A0000000042";

    @TempDir
    Path folder;

    @Test
    void readsTheFixedWidthLayoutWithGbkNamesAndReasonsAndLfLineEnds() {
        byte[] file = fixedFile(
                List.of(fixedLine(1, "欧阳明", "1250.00", REF, '0', ""), fixedLine(2, "李芳", "800.50", REF, '1', "卡已销户")),
                "\n");
        assertThat(fixedLine(1, "欧阳明", "1250.00", REF, '0', "")).hasSize(FixedWidthReturnFile.LINE_BYTES);

        ReturnFileReader.Parsed parsed = read("HP.DAT", file);

        assertThat(parsed.format()).isEqualTo(ReturnFileFormat.FIXED_WIDTH);
        assertThat(parsed.lines())
                .extracting(ReturnLine::payeeName, ReturnLine::amount, ReturnLine::result, ReturnLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("欧阳明", Money.yuan("1250.00"), ReturnResult.PAID, ""),
                        org.assertj.core.groups.Tuple.tuple("李芳", Money.yuan("800.50"), ReturnResult.FAILED, "卡已销户"));
    }

    @Test
    void aShortOrUnparsableFixedWidthLineIsMalformedNotGuessed() {
        byte[] good = fixedLine(1, "欧阳明", "1250.00", REF, '0', "");
        byte[] badAmount = fixedLine(2, "欧阳明", "12A0.00", REF, '0', "");
        byte[] file = fixedFile(List.of(good, badAmount, Arrays.copyOf(good, 120)), "\r\n");

        List<ReturnLine> lines = read("HP.TXT", file).lines();

        assertThat(lines).extracting(ReturnLine::isMalformed).containsExactly(false, true, true);
        assertThat(lines.get(1).problem()).contains("金额");
        assertThat(lines.get(2).problem()).contains("120字节");
    }

    @Test
    void aTruncatedReferenceIsMalformed() {
        String csv = "序号,户名,卡号,金额,摘要,处理结果,失败原因\n" + csvLine(1, "李明", "1250.00", "PY2031A00000", "成功", "") + "\n";

        List<ReturnLine> lines =
                read("r.csv", csv.getBytes(StandardCharsets.UTF_8)).lines();

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.problem()).contains("不是完整的支付流水号"));
    }

    @Test
    void aCsvLineCutShortMissesItsResult() {
        String csv = "序号,户名,卡号,金额,摘要,处理结果,失败原因\n" + "1,李明,6222,1250.00," + REF;

        List<ReturnLine> lines =
                read("r.csv", csv.getBytes(StandardCharsets.UTF_8)).lines();

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.problem()).contains("处理结果"));
    }

    @Test
    void theTemplateNamesTheResultWordsAndIgnoresCaseAndWidth() {
        ReturnTemplate t = ReturnTemplate.DEFAULT;

        assertThat(t.result("成功")).isEqualTo(ReturnResult.PAID);
        assertThat(t.result("ｓ")).isEqualTo(ReturnResult.PAID);
        assertThat(t.result(" 交易失败 ")).isEqualTo(ReturnResult.FAILED);
        assertThat(t.result("1")).isEqualTo(ReturnResult.FAILED);
        assertThat(t.result("处理中")).isEqualTo(ReturnResult.UNKNOWN);
        assertThatThrownBy(
                        () -> new ReturnTemplate("序号", "户名", "卡号", "金额", "摘要", "结果", "原因", List.of("Y"), List.of("y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ReturnFileReader.Parsed read(String name, byte[] content) {
        return ReturnFileReader.read(ReconciliationFixtures.file(folder, name, content), name, ReturnTemplate.DEFAULT);
    }
}
