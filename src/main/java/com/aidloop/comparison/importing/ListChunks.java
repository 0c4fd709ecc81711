package com.aidloop.comparison.importing;

import com.aidloop.comparison.domain.Attributes;
import com.aidloop.comparison.domain.ListAttribute;
import com.aidloop.comparison.domain.ListPerson;
import com.aidloop.comparison.domain.ListRow;
import com.aidloop.comparison.domain.ListRowReader;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.ImportProblem;
import com.aidloop.spreadsheet.SheetRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of one chunk of a list's rows, done on any thread: checks each row, makes each
 * person's blind index, seals sensitive attributes and writes the COPY lines as UTF-8. Holds no
 * state between chunks; the ID numbers live only in the chunk being made.
 */
final class ListChunks {

    /** A chunk made: its COPY lines, its counts and the problems of its skipped rows, in row order. */
    record Chunk(byte[] lines, int rows, int skipped, int persons, List<ImportProblem> problems) {}

    private static final int LINE_CHARS = 128;

    private final long listId;
    private final ListType type;
    private final ListRowReader reader;
    private final PersonKeys keys;
    private final SensitiveData sensitive;
    private final boolean sealing;

    ListChunks(long listId, ListType type, ListRowReader reader, PersonKeys keys, SensitiveData sensitive) {
        this.listId = listId;
        this.type = type;
        this.reader = reader;
        this.keys = keys;
        this.sensitive = sensitive;
        this.sealing = type.attributes().stream().anyMatch(ListAttribute::sensitive);
    }

    Chunk make(List<SheetRow> rows) {
        StringBuilder copy = new StringBuilder(rows.size() * LINE_CHARS);
        List<ImportProblem> problems = new ArrayList<>();
        int skipped = 0;
        int persons = 0;
        for (SheetRow row : rows) {
            switch (reader.read(row)) {
                case ListRowReader.Kept kept -> persons += append(copy, kept.row());
                case ListRowReader.Skipped skip -> {
                    skipped++;
                    problems.addAll(skip.problems());
                }
            }
        }
        byte[] lines = copy.toString().getBytes(StandardCharsets.UTF_8);
        return new Chunk(lines, rows.size(), skipped, persons, problems);
    }

    private int append(StringBuilder copy, ListRow row) {
        String attributes = Attributes.encode(sealed(row.attributes()));
        for (ListPerson person : row.persons()) {
            ListStore.personLine(
                    copy,
                    listId,
                    row.rowNumber(),
                    person.personNo(),
                    keys.index(person.idNumber()),
                    person.name(),
                    row.region(),
                    row.category(),
                    attributes);
        }
        return row.persons().size();
    }

    private Map<String, String> sealed(Map<String, String> attributes) {
        if (attributes.isEmpty() || !sealing) {
            return attributes;
        }
        Map<String, String> out = new LinkedHashMap<>(attributes);
        for (ListAttribute attribute : type.attributes()) {
            if (attribute.sensitive() && out.containsKey(attribute.key())) {
                out.put(attribute.key(), sensitive.seal(out.get(attribute.key())));
            }
        }
        return out;
    }
}
