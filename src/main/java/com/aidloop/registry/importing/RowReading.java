package com.aidloop.registry.importing;

import static com.aidloop.registry.importing.RegistrationColumn.CLASS;
import static com.aidloop.registry.importing.RegistrationColumn.GENDER;
import static com.aidloop.registry.importing.RegistrationColumn.GRADE;
import static com.aidloop.registry.importing.RegistrationColumn.HOUSEHOLD;
import static com.aidloop.registry.importing.RegistrationColumn.ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_GUARDIAN;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_GUARDIAN;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.NAME;
import static com.aidloop.registry.importing.RegistrationColumn.RESIDENCE;
import static com.aidloop.registry.importing.RegistrationColumn.SCHOOL_CODE;
import static com.aidloop.registry.importing.RegistrationColumn.SCHOOL_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.STUDENT_NUMBER;

import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.registry.importing.FileStudent.FileMember;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one row of the file as a student: the school by 学校标识码 (or 学校名称, or the uploader's
 * own school), 户口所在地 as a township and village, the system's words for gender, documents and
 * 户口性质, and members 1 and 2. Schools and divisions are asked once per import.
 */
final class RowReading {

    private final SchoolManagement schools;
    private final DataScope scope;
    private final Set<RegistrationColumn> present;
    private final HouseholdPlaces places;
    private final Map<String, Optional<SchoolView>> byCode = new HashMap<>();
    private final Map<String, SchoolView> byName = new HashMap<>();

    RowReading(SchoolManagement schools, RegionManagement regions, DataScope scope, Set<RegistrationColumn> present) {
        this.schools = schools;
        this.scope = scope;
        this.present = present;
        this.places = new HouseholdPlaces(regions);
        for (SchoolView school : schools.choices(scope)) {
            byName.put(school.name(), school);
        }
    }

    FileStudent read(RegistrationRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        int n = row.rowNumber();
        SchoolView school = school(row, problems);
        String idType = RegistrationWords.idType(row.text(ID_TYPE));
        if (idType == null) {
            problems.add(error(n, ID_TYPE, "registry.import.idTypeUnknown", row.text(ID_TYPE)));
        }
        String county = school == null ? null : school.townshipCode().substring(0, 6);
        HouseholdPlaces.Place place = null;
        if (row.text(HOUSEHOLD).isEmpty()) {
            problems.add(error(n, HOUSEHOLD, "registry.import.householdRequired"));
        } else {
            place = places.resolve(row.text(HOUSEHOLD), county);
            if (place == null) {
                problems.add(error(n, HOUSEHOLD, "registry.import.householdUnknown"));
            }
        }
        String residence = RegistrationWords.residence(row.text(RESIDENCE));
        if (residence == null) {
            problems.add(error(n, RESIDENCE, "registry.import.residenceUnknown", row.text(RESIDENCE)));
        }
        List<FileMember> members = new ArrayList<>();
        member(row, 1, problems).ifPresent(members::add);
        member(row, 2, problems).ifPresent(members::add);
        if (school == null || idType == null || place == null || residence == null) {
            return new FileStudent(n, null, null, members, problems);
        }
        StudentInput input = new StudentInput(
                row.text(NAME),
                RegistrationWords.gender(row.text(GENDER)),
                idType,
                row.text(ID_NUMBER),
                row.text(STUDENT_NUMBER),
                school.id(),
                row.text(GRADE),
                row.text(CLASS),
                place.township(),
                place.village(),
                residence,
                members.stream().map(FileMember::input).toList(),
                null);
        return new FileStudent(n, input, school.townshipCode(), members, problems);
    }

    private SchoolView school(RegistrationRow row, List<ImportProblem> problems) {
        int n = row.rowNumber();
        String code = row.text(SCHOOL_CODE);
        if (!code.isEmpty()) {
            Optional<SchoolView> found = byCode.computeIfAbsent(code, schools::byCode);
            if (found.isEmpty()) {
                problems.add(error(n, SCHOOL_CODE, "registry.import.schoolUnknown", code));
                return null;
            }
            if (!scope.coversSchool(found.get().id(), found.get().townshipCode())) {
                problems.add(error(n, SCHOOL_CODE, "registry.import.schoolOutsideScope", code));
                return null;
            }
            return found.get();
        }
        String name = row.text(SCHOOL_NAME);
        if (!name.isEmpty()) {
            SchoolView school = byName.get(name);
            if (school == null) {
                problems.add(error(n, SCHOOL_NAME, "registry.import.schoolNameUnknown", name));
            }
            return school;
        }
        if (scope.schoolId() != null) {
            return schools.byId(scope.schoolId()).orElse(null);
        }
        problems.add(
                error(n, present.contains(SCHOOL_NAME) ? SCHOOL_NAME : SCHOOL_CODE, "registry.import.schoolRequired"));
        return null;
    }

    private static Optional<FileMember> member(RegistrationRow row, int slot, List<ImportProblem> problems) {
        RegistrationColumn[] c = slot == 1
                ? new RegistrationColumn[] {
                    MEMBER1_NAME,
                    MEMBER1_RELATION,
                    MEMBER1_GUARDIAN,
                    MEMBER1_ID_TYPE,
                    MEMBER1_ID_NUMBER,
                    MEMBER1_PHONE,
                    MEMBER1_EMPLOYER
                }
                : new RegistrationColumn[] {
                    MEMBER2_NAME,
                    MEMBER2_RELATION,
                    MEMBER2_GUARDIAN,
                    MEMBER2_ID_TYPE,
                    MEMBER2_ID_NUMBER,
                    MEMBER2_PHONE,
                    MEMBER2_EMPLOYER
                };
        boolean blank = true;
        for (RegistrationColumn column : c) {
            blank &= row.text(column).isEmpty();
        }
        if (blank) {
            return Optional.empty();
        }
        String idType = row.text(c[4]).isEmpty() ? "" : RegistrationWords.idType(row.text(c[3]));
        if (idType == null) {
            problems.add(error(row.rowNumber(), c[3], "registry.import.idTypeUnknown", row.text(c[3])));
            idType = "";
        }
        Boolean guardian = RegistrationWords.yes(row.text(c[2]));
        MemberInput input = new MemberInput(
                null,
                row.text(c[0]),
                row.text(c[1]),
                guardian == null ? slot == 1 : guardian,
                idType,
                row.text(c[4]),
                row.text(c[5]),
                row.text(c[6]),
                null,
                null);
        return Optional.of(new FileMember(slot, input, guardian));
    }

    static ImportProblem error(int row, RegistrationColumn column, String code, Object... args) {
        return new ImportProblem(row, column == null ? null : column.header(), true, code, Messages.format(code, args));
    }

    static ImportProblem warning(int row, RegistrationColumn column, String code, Object... args) {
        return new ImportProblem(
                row, column == null ? null : column.header(), false, code, Messages.format(code, args));
    }
}
