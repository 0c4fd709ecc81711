package com.aidloop.registry;

import java.util.Map;
import java.util.Set;

/**
 * What the registry knows of a batch of import rows: the registered students among their ID
 * numbers, and which of their student numbers (学籍号) are taken.
 *
 * @param byIdNumber registered students by normalised ID number (compact, upper case)
 * @param takenStudentNumbers the student numbers, normalised, that a registered student holds
 */
public record ImportMatches(Map<String, KnownStudent> byIdNumber, Set<String> takenStudentNumbers) {

    public ImportMatches {
        byIdNumber = Map.copyOf(byIdNumber);
        takenStudentNumbers = Set.copyOf(takenStudentNumbers);
    }
}
