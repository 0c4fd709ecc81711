package com.aidloop.school;

import java.util.List;

/**
 * What a person typed into the school form or sent to the API, not yet checked. Stages may be
 * given by name ({@code PRIMARY}) or label ({@code 小学}).
 */
public record SchoolInput(String code, String name, List<String> stages, String ownership, String townshipCode) {

    public SchoolInput {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public static SchoolInput of(SchoolView school) {
        return new SchoolInput(
                school.code(),
                school.name(),
                school.stages().stream().sorted().map(Stage::name).toList(),
                school.ownership().name(),
                school.townshipCode());
    }
}
