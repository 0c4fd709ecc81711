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
 *
 * @param register why the special-difficulty register (特殊困难学生数据库) recognises the student's
 *     family, e.g. "城乡低保（民政，数据截止2026-11-30，在册）"; null when it does not
 */
public record Answers(SortedMap<String, String> values, SortedSet<String> directGroups, String register) {

    public Answers {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
        directGroups = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(directGroups));
        register = register == null || register.isBlank() ? null : register.strip();
    }

    public static Answers of(Map<String, String> values) {
        return new Answers(new TreeMap<>(values), new TreeSet<>(), null);
    }

    public static Answers of(Map<String, String> values, Set<String> directGroups) {
        return new Answers(new TreeMap<>(values), new TreeSet<>(directGroups), null);
    }

    /** The same answers with the register's recognition of the family (null: none). */
    public Answers withRegister(String recognition) {
        return new Answers(values, directGroups, recognition);
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
