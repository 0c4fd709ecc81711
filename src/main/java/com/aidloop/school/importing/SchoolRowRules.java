package com.aidloop.school.importing;

import static com.aidloop.school.importing.SchoolColumn.ADDRESS;
import static com.aidloop.school.importing.SchoolColumn.CODE;
import static com.aidloop.school.importing.SchoolColumn.CONTACT_NAME;
import static com.aidloop.school.importing.SchoolColumn.CONTACT_PHONE;
import static com.aidloop.school.importing.SchoolColumn.OWNERSHIP;
import static com.aidloop.school.importing.SchoolColumn.STAGES;
import static com.aidloop.school.importing.SchoolColumn.TOWNSHIP;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolContact;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.Stage;
import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolFacts;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The checks of one row of a school file, every problem of the row at once: the school's facts by
 * the rules the school form uses ({@link SchoolFacts}), the stage and founder words of county
 * spreadsheets, the township inside the uploader's region, a code not repeated in the file and not
 * held by a school outside the uploader's region. A row of a school already registered is compared
 * with it; a blank contact cell keeps what is registered.
 */
public final class SchoolRowRules {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");
    private static final Map<String, SchoolColumn> FIELDS = Map.of(
            "code",
            CODE,
            "name",
            SchoolColumn.NAME,
            "stages",
            STAGES,
            "ownership",
            OWNERSHIP,
            "townshipCode",
            TOWNSHIP,
            "address",
            ADDRESS,
            "contactName",
            CONTACT_NAME,
            "contactPhone",
            CONTACT_PHONE);

    private final DataScope scope;
    private final TownshipResolver townships;
    private final Map<String, School> existing;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();

    /**
     * @param existing the registered schools with the file's codes, wherever they are, by code
     */
    public SchoolRowRules(DataScope scope, TownshipResolver townships, Map<String, School> existing) {
        this.scope = scope;
        this.townships = townships;
        this.existing = existing;
    }

    /** Checks a row; rows must come in file order, so that a repeated code names its first row. */
    public CheckedRow check(ImportedRow row) {
        Map<SchoolColumn, RowProblem> problems = spreadsheetAccidents(row);
        String code = Text.compact(row.get(CODE));
        List<String> stages = read(
                row,
                STAGES,
                problems,
                () -> StageWords.parse(row.get(STAGES)).stream()
                        .map(Stage::name)
                        .toList(),
                List.of());
        String ownership = read(
                row,
                OWNERSHIP,
                problems,
                () -> OwnershipWords.parse(row.get(OWNERSHIP)).name(),
                "");
        String township = read(row, TOWNSHIP, problems, () -> townships.resolve(row.get(TOWNSHIP)), "");
        School school = existing.get(code);
        SchoolInput input = new SchoolInput(
                code,
                row.get(SchoolColumn.NAME),
                stages,
                ownership,
                township,
                keptIfBlank(row, ADDRESS),
                keptIfBlank(row, CONTACT_NAME),
                keptIfBlank(row, CONTACT_PHONE));
        SchoolFacts facts = facts(row, input, school, problems);
        if (!problems.containsKey(CODE)) {
            checkCode(row, school, problems);
        }
        List<RowProblem> found = new ArrayList<>(problems.values());
        if (!found.isEmpty()) {
            return new CheckedRow(row, found, null, school, List.of());
        }
        return new CheckedRow(
                row, found, facts, school, school == null ? List.of() : facts.changesSince(school.facts()));
    }

    /** Cells a spreadsheet can spoil: text that starts like a formula, a code shown in scientific notation. */
    private static Map<SchoolColumn, RowProblem> spreadsheetAccidents(ImportedRow row) {
        Map<SchoolColumn, RowProblem> problems = new EnumMap<>(SchoolColumn.class);
        for (SchoolColumn column : SchoolColumn.values()) {
            if (column != CONTACT_PHONE && SchoolContact.startsLikeAFormula(row.text(column))) {
                problems.put(column, RowProblem.error(row.rowNumber(), column, "school.text.formula"));
            }
        }
        if (!problems.containsKey(CODE)
                && SCIENTIFIC.matcher(Text.compact(row.get(CODE))).matches()) {
            problems.put(CODE, RowProblem.error(row.rowNumber(), CODE, "school.import.codeScientific"));
        }
        return problems;
    }

    /** The school's facts by the school form's rules, or null with each problem under its column. */
    private static SchoolFacts facts(
            ImportedRow row, SchoolInput input, School school, Map<SchoolColumn, RowProblem> problems) {
        try {
            return SchoolFacts.parse(
                    input, school == null ? SchoolContact.NONE : school.facts().contact());
        } catch (InvalidInput invalid) {
            for (FieldProblem p : invalid.problems()) {
                SchoolColumn column = FIELDS.get(p.field());
                problems.putIfAbsent(column, RowProblem.error(row.rowNumber(), column, p.code(), p.args()));
            }
            return null;
        }
    }

    /** A code met before in the file, or held by a school the uploader does not see. */
    private void checkCode(ImportedRow row, School school, Map<SchoolColumn, RowProblem> problems) {
        String code = Text.compact(row.get(CODE));
        Integer first = firstRowOfCode.putIfAbsent(code, row.rowNumber());
        if (first != null) {
            problems.put(CODE, RowProblem.error(row.rowNumber(), CODE, "school.import.duplicateInFile", code, first));
        } else if (school != null
                && !scope.coversSchool(school.id(), school.facts().township().value())) {
            problems.put(CODE, RowProblem.error(row.rowNumber(), CODE, "school.import.codeElsewhere", code));
        }
    }

    private static <T> T read(
            ImportedRow row,
            SchoolColumn column,
            Map<SchoolColumn, RowProblem> problems,
            Supplier<T> value,
            T fallback) {
        if (problems.containsKey(column)) {
            return fallback;
        }
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            problems.put(column, RowProblem.error(row.rowNumber(), column, invalid.code(), invalid.args()));
            return fallback;
        }
    }

    /** A blank optional cell keeps what is registered (null); a value replaces it. */
    private static String keptIfBlank(ImportedRow row, SchoolColumn column) {
        String text = row.text(column);
        return text.isEmpty() ? null : text;
    }
}
