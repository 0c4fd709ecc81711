package com.aidloop.comparison.domain;

import com.aidloop.comparison.domain.ListColumns.Column;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Text;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the rows of one department list: the ID numbers (checked, "G" + ID read as the ID), the
 * names, the category (a department's category name mapped to a list type of the same kind) and
 * the list's attributes. A row with any bad value is reported by row and column and skipped,
 * never guessed.
 */
public final class ListRowReader {

    /** A row read: kept, or skipped with its problems. */
    public sealed interface Outcome {}

    public record Kept(ListRow row) implements Outcome {}

    public record Skipped(List<ImportProblem> problems) implements Outcome {}

    private static final int MAX_TEXT = 50;

    private final ListType type;
    private final ListColumns columns;
    private final Map<String, CategoryChoice> categories;
    private final Map<String, ListType> types;
    private final UnaryOperator<String> ids;

    public ListRowReader(
            ListType type, ListColumns columns, Map<String, CategoryChoice> categories, Map<String, ListType> types) {
        this(type, columns, categories, types, PersonId::read);
    }

    /**
     * @param categories department category names (as {@link #categoryKey} makes them) → meaning
     * @param types every list type by code, to check a category's kind
     * @param ids reads a person's key from its cell (an ID number, or an exchange's hash), throwing
     *     {@link InvalidValue} for a bad one
     */
    public ListRowReader(
            ListType type,
            ListColumns columns,
            Map<String, CategoryChoice> categories,
            Map<String, ListType> types,
            UnaryOperator<String> ids) {
        this.ids = ids;
        this.type = type;
        this.columns = columns;
        this.categories = categories;
        this.types = types;
    }

    /** How category names are compared: half-width brackets, no spaces. */
    public static String categoryKey(String name) {
        return Text.compact(name);
    }

    public Outcome read(SheetRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        String category = category(row, attributes, problems);
        List<ListPerson> persons = new ArrayList<>();
        String mainId = row.cell(columns.id().index());
        if (mainId.isBlank() && columns.memberIds().isEmpty()) {
            problems.add(problem(row, columns.id(), "comparison.row.idRequired"));
        } else if (!mainId.isBlank()) {
            person(row, 0, columns.id(), columns.name(), persons, problems);
        }
        for (int i = 0; i < columns.memberIds().size(); i++) {
            Column id = columns.memberIds().get(i);
            Column name =
                    i < columns.memberNames().size() ? columns.memberNames().get(i) : Column.NONE;
            if (!row.cell(id.index()).isBlank()) {
                person(row, i + 1, id, name, persons, problems);
            }
        }
        if (persons.isEmpty() && problems.isEmpty()) {
            problems.add(problem(row, columns.id(), "comparison.row.idRequired"));
        }
        for (ListAttribute attribute : type.attributes()) {
            Column column = columns.attributes().get(attribute.key());
            String raw = column == null || !column.present() ? "" : Text.normalize(row.cell(column.index()));
            if (!raw.isEmpty()) {
                try {
                    attributes.put(attribute.key(), AttributeValues.read(attribute, raw));
                } catch (InvalidValue invalid) {
                    problems.add(problem(row, column, invalid));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Skipped(problems);
        }
        String region =
                columns.region().present() ? shortText(row.cell(columns.region().index())) : null;
        return new Kept(new ListRow(row.rowNumber(), category, region, persons, attributes));
    }

    private String category(SheetRow row, Map<String, String> attributes, List<ImportProblem> problems) {
        if (!columns.category().present()) {
            return type.code();
        }
        String written = row.cell(columns.category().index());
        if (written.isBlank()) {
            return type.code();
        }
        CategoryChoice choice = categories.get(categoryKey(written));
        ListType chosen = choice == null ? null : types.get(choice.typeCode());
        if (chosen == null || chosen.kind() != type.kind()) {
            problems.add(new ImportProblem(
                    row.rowNumber(),
                    columns.category().header(),
                    true,
                    "comparison.row.category",
                    Messages.format("comparison.row.category", shortText(written), type.name())));
            return type.code();
        }
        if (choice.impliesAttribute()) {
            attributes.put(choice.attributeKey(), choice.attributeValue());
        }
        return chosen.code();
    }

    private void person(
            SheetRow row, int no, Column id, Column name, List<ListPerson> persons, List<ImportProblem> problems) {
        String number;
        try {
            number = ids.apply(row.cell(id.index()));
        } catch (InvalidValue invalid) {
            problems.add(problem(row, id, invalid));
            return;
        }
        String personName = name.present() ? shortText(row.cell(name.index())) : null;
        persons.add(new ListPerson(no, number, personName));
    }

    private static String shortText(String raw) {
        String text = Text.normalize(raw).replace('\n', ' ');
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static ImportProblem problem(SheetRow row, Column column, InvalidValue invalid) {
        return new ImportProblem(row.rowNumber(), column.header(), true, invalid.code(), invalid.getLocalizedMessage());
    }

    private static ImportProblem problem(SheetRow row, Column column, String code) {
        return new ImportProblem(row.rowNumber(), column.header(), true, code, Messages.format(code));
    }
}
