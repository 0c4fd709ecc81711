package com.aidloop.disbursement.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.disbursement.BankFileRefused;
import com.aidloop.shared.Money;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedWidthBankFileTests {

    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] write(BankFileRow... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedWidthBankFile.write(List.of(rows), out);
        return out.toByteArray();
    }

    @Test
    void writesOneHundredGbkBytesAndCrlfPerLineInTheAgreedColumns() {
        byte[] file = write(
                new BankFileRow(1, "李子涵", "6217990000000000001", Money.yuan("1250.00"), "PY2026A0000000001"),
                new BankFileRow(12, "欧阳娜娜", "6228480012345678", Money.yuan("312.5"), "PY2026A0000000002"));

        assertThat(file).hasSize(2 * 102);
        String expected = "000001" + "李子涵" + " ".repeat(34) + "6217990000000000001" + "000000001250.00"
                + "PY2026A0000000001   " + "\r\n" + "000012" + "欧阳娜娜" + " ".repeat(32) + "6228480012345678   "
                + "000000000312.50" + "PY2026A0000000002   " + "\r\n";
        assertThat(file).isEqualTo(expected.getBytes(GBK));
        byte[] second = Arrays.copyOfRange(file, 102, 204);
        assertThat(new String(Arrays.copyOfRange(second, 6, 46), GBK).strip()).isEqualTo("欧阳娜娜");
        assertThat(new String(Arrays.copyOfRange(second, 65, 80), GBK)).isEqualTo("000000000312.50");
        assertThat(new String(Arrays.copyOfRange(second, 80, 100), GBK).strip()).isEqualTo("PY2026A0000000002");
    }

    @Test
    void refusesANameLongerThanFortyBytesRatherThanCuttingIt() {
        String longName = "阿卜杜热合曼·买买提艾力·阿不都热西提江汗";
        assertThatThrownBy(() -> write(
                        new BankFileRow(3, longName, "6217990000000000001", Money.yuan("100.00"), "PY2026A0000000001")))
                .isInstanceOf(BankFileRefused.class)
                .extracting(e -> ((BankFileRefused) e).code())
                .isEqualTo("bankfile.fieldTooLong");
    }

    @Test
    void refusesANameThatGbkCannotHold() {
        assertThatThrownBy(() -> write(new BankFileRow(
                        1, "王\uD840\uDC00", "6217990000000000001", Money.yuan("100.00"), "PY2026A0000000001")))
                .isInstanceOf(BankFileRefused.class)
                .extracting(e -> ((BankFileRefused) e).code())
                .isEqualTo("bankfile.unmappableName");
    }
}
