package com.aidloop.identification.threeparty.domain;

/**
 * Who reviews an application: the village and township of the student's household registration
 * (户籍); when the registry has no village for the student, the school's township does the
 * village's step ({@code routedBySchool}).
 *
 * @param stage the stage name (school.Stage) the application was routed for
 */
public record ReviewRouting(
        long schoolId,
        String schoolTownshipCode,
        String townshipCode,
        String villageCode,
        boolean routedBySchool,
        String stage) {

    /** Routes by the household village, or by the school's township when the village is missing. */
    public static ReviewRouting of(long schoolId, String schoolTownship, String householdVillage, String stage) {
        if (householdVillage == null || householdVillage.isBlank()) {
            return new ReviewRouting(schoolId, schoolTownship, schoolTownship, null, true, stage);
        }
        return new ReviewRouting(
                schoolId, schoolTownship, householdVillage.substring(0, 9), householdVillage, false, stage);
    }

    public String countyCode() {
        return townshipCode.substring(0, 6);
    }
}
