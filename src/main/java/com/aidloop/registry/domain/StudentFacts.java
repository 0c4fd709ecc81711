package com.aidloop.registry.domain;

import com.aidloop.registry.Residence;
import com.aidloop.shared.Gender;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.Objects;

/**
 * What describes a student apart from the household and the aid card, checked: name, gender,
 * identity document, student number, school, grade and class, household registration.
 *
 * @param studentNumber the 学籍号, or null when the school has not received one yet
 * @param householdVillage the village of the household registration, or null; lies under the township
 */
public record StudentFacts(
        String name,
        Gender gender,
        IdentityDocument document,
        StudentNumber studentNumber,
        long schoolId,
        String grade,
        String className,
        RegionCode householdTownship,
        RegionCode householdVillage,
        Residence residence) {

    public static final int GRADE_MAX = 20;

    public StudentFacts {
        name = PersonName.check(name, "student");
        Objects.requireNonNull(gender);
        Objects.requireNonNull(document);
        Objects.requireNonNull(residence);
        grade = checkGrade(grade);
        className = checkClass(className);
        requireTownship(householdTownship);
        requireVillageUnder(householdVillage, householdTownship);
        requireGenderOf(document, gender);
    }

    public static String checkGrade(String raw) {
        String grade = Text.normalize(raw);
        if (grade.isEmpty()) {
            throw new InvalidValue("student.grade.required");
        }
        if (grade.length() > GRADE_MAX) {
            throw new InvalidValue("student.grade.length", GRADE_MAX);
        }
        return grade;
    }

    public static String checkClass(String raw) {
        String className = Text.normalize(raw);
        if (className.length() > GRADE_MAX) {
            throw new InvalidValue("student.className.length", GRADE_MAX);
        }
        return className.isEmpty() ? null : className;
    }

    public static void requireTownship(RegionCode township) {
        if (township == null || township.level() != RegionLevel.TOWNSHIP) {
            throw new InvalidValue("student.householdTownship.format");
        }
    }

    /** A village must be one of the township's: its code starts with the township's code. */
    public static void requireVillageUnder(RegionCode village, RegionCode township) {
        if (village == null) {
            return;
        }
        if (village.level() != RegionLevel.VILLAGE) {
            throw new InvalidValue("student.householdVillage.format");
        }
        if (township != null && !township.contains(village)) {
            throw new InvalidValue("student.householdVillage.notInTownship");
        }
    }

    /** The gender must agree with the one a GB 11643 number encodes (17th digit odd for male). */
    public static void requireGenderOf(IdentityDocument document, Gender gender) {
        document.impliedGender().filter(implied -> implied != gender).ifPresent(implied -> {
            throw new InvalidValue("student.gender.mismatch", implied.label());
        });
    }

    /** The most precise division of the household registration: the village, else the township. */
    public String householdRegionCode() {
        return (householdVillage != null ? householdVillage : householdTownship).value();
    }

    @Override
    public String toString() {
        return "StudentFacts[" + name + " " + document + " school " + schoolId + " " + grade + "]";
    }
}
