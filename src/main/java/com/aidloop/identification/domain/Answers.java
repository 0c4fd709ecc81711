package com.aidloop.identification.domain;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an application answers to a model's indicators, by indicator code (a choice's label, a
 * number, 是/否, a count), and the directly recognised groups the family belongs to, by group
 * code. The application module fills it from its form; scoring needs nothing else. Kept sorted,
 * so that the same answers always read alike.
 */
public record Answers(SortedMap<String, String> values, SortedSet<String> directGroups) {

    public Answers {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
        directGroups = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(directGroups));
    }

    public static Answers of(Map<String, String> values) {
        return new Answers(new TreeMap<>(values), new TreeSet<>());
    }

    public static Answers of(Map<String, String> values, Set<String> directGroups) {
        return new Answers(new TreeMap<>(values), new TreeSet<>(directGroups));
    }

    public String answer(String indicatorCode) {
        return values.getOrDefault(indicatorCode, "");
    }

    /** Answers hold income and health: never printed. */
    @Override
    public String toString() {
        return "Answers[" + values.size() + " answers, " + directGroups.size() + " groups]";
    }
}
