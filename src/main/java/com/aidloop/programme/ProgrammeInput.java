package com.aidloop.programme;

import com.aidloop.school.Stage;
import java.util.List;

/**
 * What a person typed into the programme form or sent to the API, not yet checked. Stages,
 * semesters, kind and funding level may be given by name ({@code SENIOR_HIGH}) or label
 * ({@code 普通高中}); aliases are separated by commas, 、 or new lines; the first term is written
 * like "2025年春季学期" or "2025-SPRING". A blank code is generated.
 */
public record ProgrammeInput(
        String code,
        String name,
        String aliases,
        List<String> stages,
        String semesters,
        String kind,
        String fundingLevel,
        String firstTerm,
        String source,
        String note) {

    public ProgrammeInput {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public static ProgrammeInput of(ProgrammeView p) {
        return new ProgrammeInput(
                p.code(),
                p.name(),
                String.join("、", p.aliases()),
                p.stages().stream().sorted().map(Stage::name).toList(),
                p.semesters().name(),
                p.kind().name(),
                p.fundingLevel().name(),
                p.firstTerm().code(),
                p.source(),
                p.note());
    }
}
