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
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Streams a list's rows into its tables: each person's ID number becomes the registry's blind
 * index and is then forgotten; sensitive attributes (残疾等级) are sealed; persons go by COPY in
 * batches, problems in batches, all on the caller's transaction.
 */
@Component
public class ListRowsWriter {

    /** How many rows were read, skipped and how many persons were written. */
    public record Counts(int rowsRead, int rowsSkipped, int persons, List<ImportProblem> firstProblems) {}

    private static final int PERSONS_PER_COPY = 20_000;
    private static final int PROBLEMS_PER_BATCH = 1_000;
    private static final int FIRST_PROBLEMS = 20;

    private final ListStore lists;
    private final SensitiveData sensitive;

    ListRowsWriter(ListStore lists, SensitiveData sensitive) {
        this.lists = lists;
        this.sensitive = sensitive;
    }

    public Counts write(long listId, ListType type, RowSource source, ListRowReader reader) {
        return write(listId, type, source, reader, PersonKeys.idNumbers(sensitive));
    }

    /** Writes the rows, each person's key made the registry's blind index by {@code keys}. */
    public Counts write(long listId, ListType type, RowSource source, ListRowReader reader, PersonKeys keys) {
        StringBuilder copy = new StringBuilder();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> first = new ArrayList<>();
        int read = 0;
        int skipped = 0;
        int persons = 0;
        int pending = 0;
        int problemSeq = 0;
        for (Optional<SheetRow> next = source.next(); next.isPresent(); next = source.next()) {
            read++;
            switch (reader.read(next.get())) {
                case ListRowReader.Kept kept -> {
                    pending += append(copy, listId, type, kept.row(), keys);
                }
                case ListRowReader.Skipped skip -> {
                    skipped++;
                    problems.addAll(skip.problems());
                    skip.problems().stream()
                            .limit(FIRST_PROBLEMS - first.size())
                            .forEach(first::add);
                }
            }
            if (pending >= PERSONS_PER_COPY) {
                lists.copyPersons(copy);
                persons += pending;
                pending = 0;
                copy.setLength(0);
            }
            if (problems.size() >= PROBLEMS_PER_BATCH) {
                lists.problems().addProblems(listId, problemSeq, problems);
                problemSeq += problems.size();
                problems.clear();
            }
        }
        lists.copyPersons(copy);
        persons += pending;
        lists.problems().addProblems(listId, problemSeq, problems);
        return new Counts(read, skipped, persons, first);
    }

    private int append(StringBuilder copy, long listId, ListType type, ListRow row, PersonKeys keys) {
        String attributes = Attributes.encode(sealed(type, row.attributes()));
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

    private Map<String, String> sealed(ListType type, Map<String, String> attributes) {
        if (attributes.isEmpty() || type.attributes().stream().noneMatch(ListAttribute::sensitive)) {
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
