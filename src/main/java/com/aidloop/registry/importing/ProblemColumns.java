package com.aidloop.registry.importing;

import static com.aidloop.registry.importing.RegistrationColumn.CLASS;
import static com.aidloop.registry.importing.RegistrationColumn.GENDER;
import static com.aidloop.registry.importing.RegistrationColumn.GRADE;
import static com.aidloop.registry.importing.RegistrationColumn.HOUSEHOLD;
import static com.aidloop.registry.importing.RegistrationColumn.ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.NAME;
import static com.aidloop.registry.importing.RegistrationColumn.RESIDENCE;
import static com.aidloop.registry.importing.RegistrationColumn.SCHOOL_CODE;
import static com.aidloop.registry.importing.RegistrationColumn.STUDENT_NUMBER;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.ImportProblem;
import java.util.List;

/**
 * Places the registry's problems (fields of {@code StudentInput}, members as {@code household[i].phone})
 * on the file's columns, so that a person reads "第5行 成员1联系电话：…".
 */
final class ProblemColumns {

    private ProblemColumns() {}

    /**
     * @param slots for each member of the input, the file's member (1 or 2), or 0 for a registered
     *     member the file does not list
     */
    static List<ImportProblem> of(int row, List<FieldProblem> problems, int[] slots) {
        return problems.stream()
                .map(p -> new ImportProblem(row, column(p.field(), slots).header(), true, p.code(), p.text()))
                .toList();
    }

    static RegistrationColumn column(String field, int[] slots) {
        if (field.startsWith("household[")) {
            int index = Integer.parseInt(field.substring("household[".length(), field.indexOf(']')));
            int slot = index < slots.length ? slots[index] : 0;
            String part = field.substring(field.indexOf("].") + 2);
            return member(slot == 2 ? 2 : 1, part);
        }
        return switch (field) {
            case "name" -> NAME;
            case "gender" -> GENDER;
            case "idType" -> ID_TYPE;
            case "idNumber" -> ID_NUMBER;
            case "studentNumber" -> STUDENT_NUMBER;
            case "schoolId" -> SCHOOL_CODE;
            case "grade" -> GRADE;
            case "className" -> CLASS;
            case "householdTownship", "householdVillage" -> HOUSEHOLD;
            case "residence" -> RESIDENCE;
            default -> MEMBER1_NAME;
        };
    }

    private static RegistrationColumn member(int slot, String part) {
        return switch (part) {
            case "relation" -> slot == 1 ? MEMBER1_RELATION : MEMBER2_RELATION;
            case "idNumber", "idType" -> slot == 1 ? MEMBER1_ID_NUMBER : MEMBER2_ID_NUMBER;
            case "phone" -> slot == 1 ? MEMBER1_PHONE : MEMBER2_PHONE;
            case "employer" -> slot == 1 ? MEMBER1_EMPLOYER : MEMBER2_EMPLOYER;
            default -> slot == 1 ? MEMBER1_NAME : MEMBER2_NAME;
        };
    }
}
