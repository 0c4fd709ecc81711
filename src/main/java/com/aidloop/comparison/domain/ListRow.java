package com.aidloop.comparison.domain;

import java.util.List;
import java.util.Map;

/**
 * A row of a department list as it is kept: its persons, its category (a list type code), the
 * region it names and its attributes (key → value as read).
 */
public record ListRow(
        int rowNumber, String category, String region, List<ListPerson> persons, Map<String, String> attributes) {

    public ListRow {
        persons = List.copyOf(persons);
        attributes = Map.copyOf(attributes);
    }

    @Override
    public String toString() {
        return "ListRow[" + rowNumber + ", " + category + ", " + persons.size() + " persons]";
    }
}
