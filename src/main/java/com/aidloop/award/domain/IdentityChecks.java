package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.BANK;
import static com.aidloop.award.domain.RosterColumn.CARD_NUMBER;
import static com.aidloop.award.domain.RosterColumn.CLASS_NAME;
import static com.aidloop.award.domain.RosterColumn.GENDER;
import static com.aidloop.award.domain.RosterColumn.GRADE;
import static com.aidloop.award.domain.RosterColumn.GUARDIAN_ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.GUARDIAN_NAME;
import static com.aidloop.award.domain.RosterColumn.ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.ID_TYPE;
import static com.aidloop.award.domain.RosterColumn.PHONE;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NAME;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NUMBER;
import static com.aidloop.award.domain.RowChecks.quietly;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Locale;

/**
 * The registry's identity rules, applied to a roster row's student as it would be registered:
 * name, gender, document type and number (also those a spreadsheet's number format destroyed),
 * student number, grade, class, the guardian's name, ID number and mobile, the card. The registry
 * tells the problems; each is reported under the roster's column, and the row keeps the values
 * the award is made of. Part of {@link RowChecks}, after the school and the divisions.
 */
final class IdentityChecks {

    private static final long PLACEHOLDER_SCHOOL = 0L;
    private static final String PLACEHOLDER_TOWNSHIP = "430626100";

    private final RowLookups lookups;

    IdentityChecks(RowLookups lookups) {
        this.lookups = lookups;
    }

    void check(RosterRow in, CheckedRow row) {
        StudentInput student = student(in, row);
        for (FieldProblem problem : lookups.identityProblems(probe(student, row))) {
            RosterColumn column = columnOf(problem.field());
            if (column != null) {
                row.error(column, problem.code(), problem.args());
            }
        }
        row.student = student;
        row.studentName = Text.normalize(in.get(STUDENT_NAME)).replaceAll("\\s+", " ");
        row.idNumber = Text.compact(in.get(ID_NUMBER)).toUpperCase(Locale.ROOT);
        row.idType = idType(in.get(ID_TYPE));
        row.gender = gender(in.get(GENDER), row.idType, row.idNumber);
        row.studentNumber = in.isBlank(STUDENT_NUMBER)
                ? null
                : Text.compact(in.get(STUDENT_NUMBER)).toUpperCase(Locale.ROOT);
        row.guardianName = in.isBlank(GUARDIAN_NAME) ? null : in.get(GUARDIAN_NAME);
        row.phone = in.isBlank(PHONE) ? null : quietly(() -> new PhoneNumber(in.get(PHONE)).value());
    }

    /** The student as the registry would register them from the row, with the school and divisions the row resolved. */
    private static StudentInput student(RosterRow in, CheckedRow row) {
        boolean hasGuardian = !in.isBlank(GUARDIAN_NAME) || !in.isBlank(GUARDIAN_ID_NUMBER) || !in.isBlank(PHONE);
        List<MemberInput> household = hasGuardian
                ? List.of(new MemberInput(
                        null,
                        in.get(GUARDIAN_NAME),
                        "其他",
                        true,
                        IdDocumentType.RESIDENT_ID_CARD.label(),
                        in.get(GUARDIAN_ID_NUMBER),
                        in.get(PHONE),
                        null,
                        null,
                        null))
                : List.of();
        CardInput card =
                in.isBlank(BANK) && in.isBlank(CARD_NUMBER) ? null : new CardInput(in.get(BANK), in.get(CARD_NUMBER));
        return new StudentInput(
                in.get(STUDENT_NAME),
                in.get(GENDER),
                in.get(ID_TYPE),
                in.get(ID_NUMBER),
                in.get(STUDENT_NUMBER),
                row.school == null ? null : row.school.id(),
                in.get(GRADE),
                in.get(CLASS_NAME),
                row.townshipCode,
                row.villageCode,
                residenceOf(row.townshipCode),
                household,
                card);
    }

    /**
     * The student as the registry is asked about them. The school and divisions are checked before;
     * placeholders stand in for those that failed, so that the registry still reports every other
     * problem (it stops early on missing basics).
     */
    private static StudentInput probe(StudentInput student, CheckedRow row) {
        return new StudentInput(
                student.name(),
                student.gender(),
                student.idType(),
                student.idNumber(),
                student.studentNumber(),
                row.school == null ? PLACEHOLDER_SCHOOL : row.school.id(),
                student.grade(),
                student.className(),
                row.townshipCode == null ? PLACEHOLDER_TOWNSHIP : row.townshipCode,
                row.townshipCode == null ? null : row.villageCode,
                student.residence(),
                student.household(),
                student.aidCard());
    }

    /** Districts (街道, township codes 001–099) are urban; towns and townships rural, as the demo county reads. */
    static String residenceOf(String townshipCode) {
        if (townshipCode == null) {
            return "农村";
        }
        return townshipCode.charAt(6) == '0' ? "城镇" : "农村";
    }

    private static RosterColumn columnOf(String field) {
        if (field.startsWith("household")) {
            if (field.endsWith(".idNumber") || field.endsWith(".idType")) {
                return GUARDIAN_ID_NUMBER;
            }
            return field.endsWith(".phone") ? PHONE : GUARDIAN_NAME;
        }
        return switch (field) {
            case "name" -> STUDENT_NAME;
            case "gender" -> GENDER;
            case "idType" -> ID_TYPE;
            case "idNumber" -> ID_NUMBER;
            case "studentNumber" -> STUDENT_NUMBER;
            case "grade" -> GRADE;
            case "className" -> CLASS_NAME;
            case "aidCard.bank" -> BANK;
            case "aidCard.cardNumber" -> CARD_NUMBER;
            default -> null;
        };
    }

    private static String idType(String raw) {
        IdDocumentType type = quietly(() -> IdDocumentType.fromLabel(raw));
        return type == null ? null : type.name();
    }

    private static Gender gender(String raw, String idType, String idNumber) {
        if (!Text.compact(raw).isEmpty()) {
            return quietly(() -> Gender.fromLabel(raw));
        }
        boolean gb11643 = idType != null && IdDocumentType.valueOf(idType).followsGb11643();
        if (!gb11643 || idNumber.length() != 18 || !Character.isDigit(idNumber.charAt(16))) {
            return null;
        }
        // the registry has checked the number; its 17th digit is odd for men (GB 11643)
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }
}
