package com.aidloop.disbursement.bankfile;

import com.aidloop.disbursement.BankFileRefused;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed-width text layout, GBK bytes, CRLF after every line, no header or trailer, 100 bytes a
 * line: 序号 6 (right-aligned, zero-padded), 户名 40 (left, space-padded, GBK bytes), 卡号 19 (left,
 * space-padded), 金额 15 (yuan with a point, right-aligned, zero-padded: {@code 000000001250.00}),
 * 摘要 20 (the payment reference, left, space-padded). A value that does not fit is refused, never
 * cut: a bank must not pay a truncated name or card.
 */
public final class FixedWidthBankFile {

    public static final Charset GBK = Charset.forName("GBK");
    public static final int NUMBER = 6;
    public static final int NAME = 40;
    public static final int CARD = 19;
    public static final int AMOUNT = 15;
    public static final int REFERENCE = 20;
    public static final int LINE = NUMBER + NAME + CARD + AMOUNT + REFERENCE;

    private FixedWidthBankFile() {}

    public static void write(List<BankFileRow> rows, OutputStream out) {
        CharsetEncoder encoder = GBK.newEncoder();
        byte[] line = new byte[LINE + 2];
        try {
            for (BankFileRow row : rows) {
                Arrays.fill(line, (byte) ' ');
                int at = 0;
                at = put(line, at, zeroPadded(Integer.toString(row.number()), NUMBER, row, "序号"), NUMBER);
                if (!encoder.canEncode(row.payeeName())) {
                    throw new BankFileRefused("bankfile.unmappableName", row.number(), "GBK");
                }
                at = put(line, at, fits(row.payeeName().getBytes(GBK), NAME, row, "户名"), NAME);
                at = put(line, at, fits(ascii(row.cardNumber()), CARD, row, "卡号"), CARD);
                at = put(line, at, zeroPadded(row.amount().yuan().toPlainString(), AMOUNT, row, "金额"), AMOUNT);
                at = put(line, at, fits(ascii(row.reference()), REFERENCE, row, "摘要"), REFERENCE);
                line[at] = '\r';
                line[at + 1] = '\n';
                out.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int put(byte[] line, int at, byte[] value, int width) {
        System.arraycopy(value, 0, line, at, value.length);
        return at + width;
    }

    private static byte[] zeroPadded(String digits, int width, BankFileRow row, String field) {
        if (digits.length() > width) {
            throw new BankFileRefused("bankfile.fieldTooLong", row.number(), field, width);
        }
        return ("0".repeat(width - digits.length()) + digits).getBytes(GBK);
    }

    private static byte[] fits(byte[] value, int width, BankFileRow row, String field) {
        if (value.length > width) {
            throw new BankFileRefused("bankfile.fieldTooLong", row.number(), field, width);
        }
        return value;
    }

    private static byte[] ascii(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
