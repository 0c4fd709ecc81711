package com.aidloop.school;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school as pages, the API and other modules read it.
 *
 * @param townshipCode the 9-digit township the school stands in; its county is the first six
 * @param version the optimistic-locking version an edit must send back
 */
public record SchoolView(
        long id, String code, String name, Set<Stage> stages, Ownership ownership, String townshipCode, int version) {

    public SchoolView {
        stages = Set.copyOf(stages);
    }

    public String countyCode() {
        return townshipCode.substring(0, 6);
    }

    /** The stages in their natural order as Chinese labels, e.g. "小学、初中". */
    public String stageLabels() {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }
}
