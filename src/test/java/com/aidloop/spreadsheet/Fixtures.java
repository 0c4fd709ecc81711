package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The committed fixture files and the few steps every reading test takes. */
final class Fixtures {

    static final Set<String> ROSTER_HEADERS = new LinkedHashSet<>(List.of("姓名", "身份证号", "资助金额(元)", "联系电话", "性别"));

    private Fixtures() {}

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/spreadsheets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Read(SpreadsheetFormat format, String sheetName, Header header, List<SheetRow> rows) {}

    static Read read(Path file, Set<String> headers, ReadLimits limits) {
        try (RowSource source = SpreadsheetReader.open(file, file.getFileName().toString(), limits)) {
            Header header = source.findHeader(headers);
            return new Read(
                    source.format(), source.sheetName(), header, source.rows().toList());
        }
    }

    static Read read(String fixture) {
        return read(file(fixture), ROSTER_HEADERS, ReadLimits.DEFAULT);
    }

    /** Runs a read that must be refused and hands back the refusal. */
    static SpreadsheetRefused refusal(Runnable read) {
        try {
            read.run();
        } catch (SpreadsheetRefused refused) {
            return refused;
        }
        return fail("expected the file to be refused, but it was read");
    }
}
