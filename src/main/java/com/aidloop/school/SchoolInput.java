package com.aidloop.school;

import java.util.List;

/**
 * What a person typed into the school form, sent to the API or wrote in a row of an import, not
 * yet checked. Stages may be given by name ({@code PRIMARY}) or label ({@code 小学}). A contact
 * field that is null is left as it is when a school is revised; blank clears it.
 */
public record SchoolInput(
        String code,
        String name,
        List<String> stages,
        String ownership,
        String townshipCode,
        String address,
        String contactName,
        String contactPhone) {

    public SchoolInput {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** A school without contact fields: a revision keeps the contact it has. */
    public SchoolInput(String code, String name, List<String> stages, String ownership, String townshipCode) {
        this(code, name, stages, ownership, townshipCode, null, null, null);
    }

    /** The school as it stands, contact left as it is (the phone is never handed out whole). */
    public static SchoolInput of(SchoolView school) {
        return new SchoolInput(
                school.code(),
                school.name(),
                school.stages().stream().sorted().map(Stage::name).toList(),
                school.ownership().name(),
                school.townshipCode());
    }

    /** Row contents of an import may hold a phone: never printed whole. */
    @Override
    public String toString() {
        return "SchoolInput[" + code + " " + name + "]";
    }
}
