package com.aidloop.comparison.web;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.ListUpload;
import com.aidloop.comparison.domain.ListAttribute;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upload form's fields as typed, for the page and the API alike: the column mapping's fields
 * are header names (blank: remembered or the usual ones), attribute columns one per line as
 * "脱贫年份=脱贫时间" (the attribute's label, then the file's header); the sheet is a sheet's
 * name (blank: the one holding the list's headers).
 */
record ListForm(
        String type,
        String department,
        String asOf,
        String idColumn,
        String nameColumn,
        String regionColumn,
        String categoryColumn,
        String memberIdColumns,
        String memberNameColumns,
        String attributeColumns,
        String sheet) {

    ListUpload upload(List<ListType> types) {
        return new ListUpload(type, department, date(asOf), mapping(types), sheet);
    }

    private ColumnMapping mapping(List<ListType> types) {
        Map<String, String> attributes = new LinkedHashMap<>();
        ListType chosen =
                types.stream().filter(t -> t.code().equals(type)).findFirst().orElse(null);
        if (chosen != null && attributeColumns != null) {
            for (String line : attributeColumns.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String label = Text.normalize(line.substring(0, eq));
                    chosen.attributes().stream()
                            .filter(a -> a.label().equals(label) || a.key().equals(label))
                            .map(ListAttribute::key)
                            .findFirst()
                            .ifPresent(key -> attributes.put(key, line.substring(eq + 1)));
                }
            }
        }
        return new ColumnMapping(
                idColumn,
                nameColumn,
                regionColumn,
                categoryColumn,
                ColumnMapping.headers(memberIdColumns),
                ColumnMapping.headers(memberNameColumns),
                attributes);
    }

    /** The attribute lines of a remembered mapping, as the form shows them. */
    static String attributeLines(ListType type, ColumnMapping mapping) {
        StringBuilder out = new StringBuilder();
        for (ListAttribute attribute : type.attributes()) {
            String header = mapping.attributes().get(attribute.key());
            if (header != null) {
                out.append(attribute.label()).append('=').append(header).append('\n');
            }
        }
        return out.toString();
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(Text.normalize(raw));
        } catch (DateTimeParseException e) {
            throw new ListRefused(Kind.INVALID, "comparison.list.asOfRequired");
        }
    }
}
