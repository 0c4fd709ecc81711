package com.aidloop.spreadsheet.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a worksheet's merged cells before its rows are read. The standard puts them after all
 * rows, so the part is inflated once more and searched for {@code <mergeCell ref="...">} as
 * bytes, without XML parsing: a tenth of the cost of reading the rows.
 */
final class MergeScan {

    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TAG_BYTES = 512;
    private static final Pattern REF =
            Pattern.compile("\\bref\\s*=\\s*[\"']([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)[\"']");
    private static final int MAX_RANGES = 100_000;

    private MergeScan() {}

    static List<CellRange> scan(InputStream part) throws IOException {
        List<CellRange> ranges = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        byte[] tag = new byte[MAX_TAG_BYTES];
        int matched = 0;
        int tagLength = -1;
        int n;
        while ((n = part.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (tagLength >= 0) {
                    if (b == '>' || tagLength == MAX_TAG_BYTES) {
                        addRange(tag, tagLength, ranges);
                        tagLength = -1;
                    } else {
                        tag[tagLength++] = b;
                    }
                } else if (b == TAG[matched]) {
                    if (++matched == TAG.length) {
                        tagLength = 0;
                        matched = 0;
                    }
                } else {
                    matched = b == TAG[0] ? 1 : 0;
                }
            }
        }
        return ranges;
    }

    private static void addRange(byte[] tag, int length, List<CellRange> ranges) {
        if (length == 0
                || !(tag[0] == ' ' || tag[0] == '\t' || tag[0] == '\r' || tag[0] == '\n')
                || ranges.size() >= MAX_RANGES) {
            return;
        }
        Matcher ref = REF.matcher(new String(tag, 0, length, StandardCharsets.US_ASCII));
        if (ref.find()) {
            CellRange range = CellRange.parse(ref.group(1));
            if (range != null) {
                ranges.add(range);
            }
        }
    }
}
