package com.aidloop.registry;

import com.aidloop.shared.Gender;

/** One line of the student list: masked ID number, school, grade and class, household registration. */
public record StudentRow(
        long id,
        String name,
        Gender gender,
        String idNumberMasked,
        long schoolId,
        String schoolName,
        String grade,
        String className,
        String householdTownship,
        String householdTownshipName,
        String householdVillage,
        String householdVillageName,
        Residence residence) {

    public StudentRow withNames(String school, String township, String village) {
        return new StudentRow(
                id,
                name,
                gender,
                idNumberMasked,
                schoolId,
                school,
                grade,
                className,
                householdTownship,
                township,
                householdVillage,
                village,
                residence);
    }
}
