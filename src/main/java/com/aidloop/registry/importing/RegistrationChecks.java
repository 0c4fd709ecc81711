package com.aidloop.registry.importing;

import static com.aidloop.registry.importing.RegistrationColumn.ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.STUDENT_NUMBER;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentChecks;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentNumber;
import com.aidloop.registry.domain.StudentParser;
import com.aidloop.registry.importing.CheckedStudent.Outcome;
import com.aidloop.registry.persistence.Sealing;
import com.aidloop.registry.persistence.StudentStore;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a student-registration file against the registry, writing nothing: reads
 * each row as a student, finds the registered ones by ID number (a batch of numbers per query),
 * and tells for each what importing it would do, with every problem by row and column. A
 * registered student whose row is the one last imported at its version (by the digest kept
 * beside it) is unchanged without being opened; the others are loaded and compared.
 */
@Component
class RegistrationChecks {

    private static final int BATCH = 5_000;

    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final RegistryManagement registry;
    private final StudentStore store;
    private final Sealing sealing;

    RegistrationChecks(
            SchoolManagement schools,
            RegionManagement regions,
            RegistryManagement registry,
            StudentStore store,
            Sealing sealing) {
        this.schools = schools;
        this.regions = regions;
        this.registry = registry;
        this.store = store;
        this.sealing = sealing;
    }

    List<CheckedStudent> check(RegistrationFileReader.Read read, DataScope scope) {
        RowReading reading = new RowReading(schools, regions, scope, read.present());
        List<FileStudent> files = new ArrayList<>(read.rows().size());
        for (RegistrationRow row : read.rows()) {
            files.add(reading.read(row));
        }
        Map<Integer, List<ImportProblem>> duplicates = duplicates(files);
        Registered registered = new Registered();
        for (int from = 0; from < files.size(); from += BATCH) {
            registered.find(files.subList(from, Math.min(files.size(), from + BATCH)), scope);
        }
        List<CheckedStudent> checked = new ArrayList<>(files.size());
        for (FileStudent file : files) {
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            problems.addAll(duplicates.getOrDefault(file.rowNumber(), List.of()));
            checked.add(check(file, problems, registered));
        }
        return checked;
    }

    /**
     * The registered students among the rows, found a batch at a time: who holds the ID numbers
     * and student numbers, and, for each visible student, whether the row is the one last
     * imported at the student's version (its digest kept beside the student). Only the others
     * are loaded (opened) to be compared.
     */
    private final class Registered {

        final Map<String, KnownStudent> known = new HashMap<>();
        final Set<String> taken = new HashSet<>();
        final Map<Long, Student> loaded = new HashMap<>();
        final Map<Long, StudentStore.ImportState> unchanged = new HashMap<>();

        void find(List<FileStudent> batch, DataScope scope) {
            ImportMatches matches = registry.matchForImport(
                    batch.stream()
                            .filter(f -> f.input() != null)
                            .map(f -> key(f.input().idNumber()))
                            .toList(),
                    batch.stream()
                            .filter(f -> f.input() != null
                                    && !f.input().studentNumber().isEmpty())
                            .map(f -> key(f.input().studentNumber()))
                            .toList(),
                    scope);
            known.putAll(matches.byIdNumber());
            taken.addAll(matches.takenStudentNumbers());
            Map<Long, StudentStore.ImportState> states = store.importStates(matches.byIdNumber().values().stream()
                    .filter(KnownStudent::visible)
                    .map(KnownStudent::studentId)
                    .toList());
            List<Long> toLoad = new ArrayList<>();
            for (FileStudent file : batch) {
                KnownStudent match = file.input() == null
                        ? null
                        : matches.byIdNumber().get(key(file.input().idNumber()));
                StudentStore.ImportState state = match == null ? null : states.get(match.studentId());
                if (state == null) {
                    continue;
                }
                if (state.importDigest() != null && state.importDigest().equals(digest(file, state.version()))) {
                    unchanged.put(state.id(), state);
                } else {
                    toLoad.add(state.id());
                }
            }
            loaded.putAll(store.loadAll(toLoad));
        }
    }

    private CheckedStudent check(FileStudent file, List<ImportProblem> problems, Registered registered) {
        int row = file.rowNumber();
        if (file.input() == null || problems.stream().anyMatch(ImportProblem::error)) {
            if (file.input() != null) {
                problems.addAll(
                        ProblemColumns.of(row, StudentChecks.problemsOf(file.input()), MemberMerge.slotsOf(file)));
            }
            return CheckedStudent.error(row, problems);
        }
        KnownStudent match = registered.known.get(key(file.input().idNumber()));
        if (match != null && !match.visible()) {
            problems.add(RowReading.error(row, ID_NUMBER, "student.idNumber.registered"));
            return CheckedStudent.error(row, problems);
        }
        if (match == null) {
            problems.addAll(ProblemColumns.of(row, StudentChecks.problemsOf(file.input()), MemberMerge.slotsOf(file)));
            if (!file.input().studentNumber().isEmpty()
                    && registered.taken.contains(key(file.input().studentNumber()))) {
                problems.add(RowReading.error(row, STUDENT_NUMBER, "student.studentNumber.registered"));
            }
            return problems.isEmpty()
                    ? new CheckedStudent(
                            row,
                            Outcome.CREATE,
                            file.input(),
                            null,
                            file.schoolTownship(),
                            null,
                            null,
                            problems,
                            null,
                            digest(file, 0))
                    : CheckedStudent.error(row, problems);
        }
        StudentStore.ImportState same = registered.unchanged.get(match.studentId());
        if (same != null) {
            return new CheckedStudent(
                    row,
                    Outcome.UNCHANGED,
                    null,
                    null,
                    file.schoolTownship(),
                    null,
                    null,
                    problems,
                    new CheckedStudent.Registered(same.id(), same.schoolId()),
                    null);
        }
        return revision(file, problems, registered.loaded.get(match.studentId()), registered.taken);
    }

    private CheckedStudent revision(
            FileStudent file, List<ImportProblem> problems, Student existing, Set<String> taken) {
        int row = file.rowNumber();
        MemberMerge.Merged merged = MemberMerge.of(file, existing);
        StudentParser.Parsed parsed;
        try {
            parsed = StudentParser.parse(merged.input(), existing);
        } catch (InvalidInput invalid) {
            problems.addAll(ProblemColumns.of(row, invalid.problems(), merged.slots()));
            return CheckedStudent.error(row, problems);
        }
        StudentNumber number = parsed.facts().studentNumber();
        if (number != null
                && !Objects.equals(number, existing.facts().studentNumber())
                && taken.contains(key(number.value()))) {
            problems.add(RowReading.error(row, STUDENT_NUMBER, "student.studentNumber.registered"));
            return CheckedStudent.error(row, problems);
        }
        long previousSchool = existing.facts().schoolId();
        List<FieldChange> changes;
        try {
            changes = existing.revise(parsed.facts(), parsed.household(), existing.aidCard());
        } catch (InvalidInput invalid) {
            problems.addAll(ProblemColumns.of(row, invalid.problems(), merged.slots()));
            return CheckedStudent.error(row, problems);
        }
        Long moved = previousSchool == parsed.facts().schoolId() ? null : previousSchool;
        int versionAfter = changes.isEmpty() ? existing.version() : existing.version() + 1;
        return new CheckedStudent(
                row,
                changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE,
                null,
                existing,
                file.schoolTownship(),
                changes,
                moved,
                problems,
                new CheckedStudent.Registered(existing.id(), parsed.facts().schoolId()),
                digest(file, versionAfter));
    }

    private String digest(FileStudent file, int version) {
        return sealing.importDigest(RowDigest.canonical(file, version));
    }

    /** The second and later rows of an ID number or student number already in the file. */
    private static Map<Integer, List<ImportProblem>> duplicates(List<FileStudent> files) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<Integer, List<ImportProblem>> found = new HashMap<>();
        for (FileStudent f : files) {
            if (f.input() == null) {
                continue;
            }
            Integer first = ids.putIfAbsent(key(f.input().idNumber()), f.rowNumber());
            if (first != null && !key(f.input().idNumber()).isEmpty()) {
                found.computeIfAbsent(f.rowNumber(), r -> new ArrayList<>())
                        .add(RowReading.error(f.rowNumber(), ID_NUMBER, "registry.import.duplicateInFile", first));
            }
            String number = key(f.input().studentNumber());
            Integer firstNumber = number.isEmpty() ? null : numbers.putIfAbsent(number, f.rowNumber());
            if (firstNumber != null) {
                found.computeIfAbsent(f.rowNumber(), r -> new ArrayList<>())
                        .add(RowReading.error(
                                f.rowNumber(), STUDENT_NUMBER, "registry.import.studentNumberTwice", firstNumber));
            }
        }
        return found;
    }

    private static String key(String number) {
        return Text.compact(number).toUpperCase(Locale.ROOT);
    }
}
