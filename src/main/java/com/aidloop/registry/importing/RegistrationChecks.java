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
 * and tells for each what importing it would do, with every problem by row and column.
 */
@Component
class RegistrationChecks {

    private static final int BATCH = 5_000;

    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final RegistryManagement registry;
    private final StudentStore store;

    RegistrationChecks(
            SchoolManagement schools, RegionManagement regions, RegistryManagement registry, StudentStore store) {
        this.schools = schools;
        this.regions = regions;
        this.registry = registry;
        this.store = store;
    }

    List<CheckedStudent> check(RegistrationFileReader.Read read, DataScope scope) {
        RowReading reading = new RowReading(schools, regions, scope, read.present());
        List<FileStudent> files = new ArrayList<>(read.rows().size());
        for (RegistrationRow row : read.rows()) {
            files.add(reading.read(row));
        }
        Map<Integer, List<ImportProblem>> duplicates = duplicates(files);
        Map<String, KnownStudent> known = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<Long, Student> loaded = new HashMap<>();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<FileStudent> batch = files.subList(from, Math.min(files.size(), from + BATCH));
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
            loaded.putAll(store.loadAll(matches.byIdNumber().values().stream()
                    .filter(KnownStudent::visible)
                    .map(KnownStudent::studentId)
                    .toList()));
        }
        List<CheckedStudent> checked = new ArrayList<>(files.size());
        for (FileStudent file : files) {
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            problems.addAll(duplicates.getOrDefault(file.rowNumber(), List.of()));
            checked.add(check(file, problems, known, taken, loaded));
        }
        return checked;
    }

    private CheckedStudent check(
            FileStudent file,
            List<ImportProblem> problems,
            Map<String, KnownStudent> known,
            Set<String> taken,
            Map<Long, Student> loaded) {
        int row = file.rowNumber();
        if (file.input() == null || problems.stream().anyMatch(ImportProblem::error)) {
            if (file.input() != null) {
                problems.addAll(
                        ProblemColumns.of(row, StudentChecks.problemsOf(file.input()), MemberMerge.slotsOf(file)));
            }
            return CheckedStudent.error(row, problems);
        }
        KnownStudent match = known.get(key(file.input().idNumber()));
        if (match != null && !match.visible()) {
            problems.add(RowReading.error(row, ID_NUMBER, "student.idNumber.registered"));
            return CheckedStudent.error(row, problems);
        }
        if (match == null) {
            problems.addAll(ProblemColumns.of(row, StudentChecks.problemsOf(file.input()), MemberMerge.slotsOf(file)));
            if (!file.input().studentNumber().isEmpty()
                    && taken.contains(key(file.input().studentNumber()))) {
                problems.add(RowReading.error(row, STUDENT_NUMBER, "student.studentNumber.registered"));
            }
            return problems.isEmpty()
                    ? new CheckedStudent(
                            row, Outcome.CREATE, file.input(), null, file.schoolTownship(), null, null, problems)
                    : CheckedStudent.error(row, problems);
        }
        return revision(file, problems, loaded.get(match.studentId()), taken);
    }

    private static CheckedStudent revision(
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
        return new CheckedStudent(
                row,
                changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE,
                null,
                existing,
                file.schoolTownship(),
                changes,
                moved,
                problems);
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
