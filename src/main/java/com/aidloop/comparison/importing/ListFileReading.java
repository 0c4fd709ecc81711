package com.aidloop.comparison.importing;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.domain.ListColumns;
import com.aidloop.comparison.domain.ListRowReader;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.comparison.persistence.ListTypeStore;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetChoice;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads one list file into a new (not yet current) list on the caller's transaction: takes the
 * sheet chosen or the one whose first rows hold the list's headers, finds the header below the title rows, resolves the column mapping, and streams the rows through the
 * checks into the list's persons. A file without a usable row is refused.
 */
@Component
public class ListFileReading {

    /** Who opens the list and what it is; {@code sheet} the sheet chosen on upload, or null: found by its headers. */
    public record Opening(String region, String department, java.time.LocalDate asOf, String by, String sheet) {

        public Opening(String region, String department, java.time.LocalDate asOf, String by) {
            this(region, department, asOf, by, null);
        }
    }

    /** The list written and its counts. */
    public record Read(long id, ListRowsWriter.Counts counts) {}

    private final ListStore lists;
    private final ListTypeStore types;
    private final ListRowsWriter writer;
    private final SensitiveData sensitive;
    private final ReadLimits limits;

    ListFileReading(
            ListStore lists,
            ListTypeStore types,
            ListRowsWriter writer,
            SensitiveData sensitive,
            @Value("${aidloop.comparison.max-list-rows:1000000}") int maxRows,
            @Value("${aidloop.comparison.max-list-megabytes:200}") int maxMegabytes) {
        this.lists = lists;
        this.types = types;
        this.writer = writer;
        this.sensitive = sensitive;
        this.limits = ReadLimits.DEFAULT.withMaxRows(maxRows).withMaxFileBytes(maxMegabytes * 1024L * 1024L);
    }

    /** A department's own list: ID numbers, blind-indexed as the registry does. */
    public Read read(Path file, String fileName, Opening opening, ListType type, ColumnMapping mapping) {
        return read(file, fileName, opening, type, mapping, PersonKeys.idNumbers(sensitive));
    }

    public Read read(
            Path file, String fileName, Opening opening, ListType type, ColumnMapping mapping, PersonKeys keys) {
        SheetChoice sheet = opening.sheet() == null
                ? SheetChoice.holding(new HashSet<>(mapping.everyHeader(type)))
                : SheetChoice.named(opening.sheet());
        try (RowSource source = SpreadsheetReader.open(file, fileName, limits, sheet)) {
            Header header = header(source, mapping, type);
            List<String> inFile = new ArrayList<>(header.columns().keySet());
            inFile.addAll(header.unknown());
            ListColumns columns = ListColumns.resolve(
                    mapping, type, h -> Optional.ofNullable(header.columns().get(h)), String.join("、", inFile));
            ListRowReader reader = new ListRowReader(type, columns, types.categories(), types.all(), keys::read);
            long id = lists.open(
                    opening.region(),
                    type.code(),
                    opening.department(),
                    opening.asOf(),
                    fileName,
                    source.sheetName(),
                    opening.by());
            ListRowsWriter.Counts counts = writer.write(id, type, source, reader, keys);
            if (counts.persons() == 0) {
                String firstProblem = counts.firstProblems().isEmpty()
                        ? ""
                        : counts.firstProblems().getFirst().sentence();
                throw new ListRefused(Kind.UNPROCESSABLE, "comparison.list.noRows", counts.rowsSkipped(), firstProblem);
            }
            return new Read(id, counts);
        }
    }

    /** The header row; a file without one names the ID column looked for, not a template. */
    private static Header header(RowSource source, ColumnMapping mapping, ListType type) {
        try {
            return source.findHeader(new HashSet<>(mapping.everyHeader(type)));
        } catch (SpreadsheetRefused refused) {
            if ("spreadsheet.headerNotFound".equals(refused.code())) {
                List<String> ids = mapping.idCandidates();
                throw new ListRefused(
                        Kind.UNPROCESSABLE,
                        "comparison.columns.noHeader",
                        String.join("”或“", ids.subList(0, Math.min(4, ids.size()))));
            }
            throw refused;
        }
    }
}
