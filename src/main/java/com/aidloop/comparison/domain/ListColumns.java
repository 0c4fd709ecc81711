package com.aidloop.comparison.domain;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.shared.InvalidValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a mapping's fields are in one file: the 0-based column of each, -1 where the file has
 * none. A header the mapping names that the file lacks refuses the file, listing what it has.
 */
public record ListColumns(
        Column id,
        Column name,
        Column region,
        Column category,
        List<Column> memberIds,
        List<Column> memberNames,
        Map<String, Column> attributes) {

    /** A column and the header it was found under, for problems by column. */
    public record Column(int index, String header) {

        static final Column NONE = new Column(-1, null);

        public boolean present() {
            return index >= 0;
        }
    }

    /**
     * @param found the column of each header found in the header row (as {@code mapping} spells it)
     * @param headersInFile the header row's texts, to name them when one is missing
     */
    public static ListColumns resolve(
            ColumnMapping mapping, ListType type, Function<String, Optional<Integer>> found, String headersInFile) {
        Column id =
                first(mapping.idCandidates(), found).orElseThrow(() -> missing(mapping.idCandidates(), headersInFile));
        Column name = optional(mapping.name(), mapping.nameCandidates(), found, headersInFile);
        Column region = optional(mapping.region(), mapping.regionCandidates(), found, headersInFile);
        Column category = optional(mapping.category(), mapping.categoryCandidates(), found, headersInFile);
        List<Column> members = required(mapping.memberIds(), found, headersInFile);
        List<Column> memberNames = required(mapping.memberNames(), found, headersInFile);
        Map<String, Column> attributes = new LinkedHashMap<>();
        for (ListAttribute attribute : type.attributes()) {
            boolean chosen = mapping.attributes().containsKey(attribute.key());
            attributes.put(
                    attribute.key(),
                    optional(
                            chosen ? mapping.attributes().get(attribute.key()) : null,
                            mapping.attributeCandidates(attribute),
                            found,
                            headersInFile));
        }
        return new ListColumns(id, name, region, category, members, memberNames, attributes);
    }

    private static Column optional(
            String chosen, List<String> candidates, Function<String, Optional<Integer>> found, String inFile) {
        Optional<Column> column = first(candidates, found);
        if (column.isEmpty() && chosen != null) {
            throw missing(List.of(chosen), inFile);
        }
        return column.orElse(Column.NONE);
    }

    private static List<Column> required(
            List<String> headers, Function<String, Optional<Integer>> found, String inFile) {
        List<Column> columns = new ArrayList<>();
        for (String header : headers) {
            columns.add(first(List.of(header), found).orElseThrow(() -> missing(List.of(header), inFile)));
        }
        return columns;
    }

    private static Optional<Column> first(List<String> candidates, Function<String, Optional<Integer>> found) {
        for (String header : candidates) {
            Optional<Integer> index = found.apply(header);
            if (index.isPresent()) {
                return Optional.of(new Column(index.get(), header));
            }
        }
        return Optional.empty();
    }

    private static InvalidValue missing(List<String> headers, String inFile) {
        return new InvalidValue("comparison.columns.missing", String.join("”或“", headers), inFile);
    }
}
