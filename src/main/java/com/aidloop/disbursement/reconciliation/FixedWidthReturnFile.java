package com.aidloop.disbursement.reconciliation;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bank's fixed-width return file: GBK bytes, lines ended by CRLF or LF, each the 100 bytes of
 * the bank file's line (序号 6, 户名 40, 卡号 19, 金额 15, 摘要 20) followed by 结果 1 byte ({@code 0}
 * paid, {@code 1} failed) and 失败原因 40 bytes: 141 bytes. A line of any other length (a truncated
 * last line) is malformed, never guessed at.
 */
public final class FixedWidthReturnFile {

    public static final Charset GBK = Charset.forName("GBK");
    public static final int LINE_BYTES = 141;
    private static final int[] FIELDS = {6, 40, 19, 15, 20, 1, 40};
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{12}\\.[0-9]{2}");

    private FixedWidthReturnFile() {}

    /**
     * Whether the bytes look like this layout: the first line starts with a six-digit line number
     * not followed by a separator, and is at least as long as a bank-file line.
     */
    public static boolean looksLike(byte[] bytes) {
        int end = lineEnd(bytes, 0);
        int length = end > 0 && bytes[end - 1] == '\r' ? end - 1 : end;
        if (length < 100) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
        }
        return bytes[6] != ',' && bytes[6] != '\t' && bytes[6] != ';';
    }

    public static List<ReturnLine> read(byte[] bytes, ReturnTemplate template) {
        List<ReturnLine> lines = new ArrayList<>();
        int start = 0;
        int lineNo = 0;
        while (start < bytes.length) {
            int end = lineEnd(bytes, start);
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            lineNo++;
            if (stop > start) {
                lines.add(line(lineNo, Arrays.copyOfRange(bytes, start, stop), template));
            }
            start = end + 1;
        }
        return lines;
    }

    private static ReturnLine line(int lineNo, byte[] line, ReturnTemplate template) {
        if (line.length != LINE_BYTES) {
            String reference = line.length >= 100 ? field(line, 80, 20) : "";
            return ReturnLine.malformed(
                    lineNo,
                    reference,
                    Messages.format(
                            "reconciliation.line.length", String.valueOf(line.length), String.valueOf(LINE_BYTES)));
        }
        String[] f = new String[FIELDS.length];
        int offset = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            f[i] = field(line, offset, FIELDS[i]);
            offset += FIELDS[i];
        }
        String reference = f[4];
        if (!AMOUNT.matcher(f[3]).matches()) {
            return ReturnLine.malformed(lineNo, reference, Messages.format("reconciliation.line.amount", f[3]));
        }
        Money amount;
        try {
            amount = Money.yuan(f[3]);
        } catch (InvalidValue e) {
            return ReturnLine.malformed(lineNo, reference, Messages.format("reconciliation.line.amount", f[3]));
        }
        return new ReturnLine(lineNo, reference, f[1], amount, template.result(f[5]), f[5], f[6], null);
    }

    private static String field(byte[] line, int offset, int length) {
        return new String(line, offset, Math.min(length, line.length - offset), GBK).strip();
    }

    private static int lineEnd(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
