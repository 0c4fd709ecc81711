package com.aidloop.school;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school as pages, the API and other modules read it. The contact phone is only ever masked
 * here; the whole number is revealed on request ({@link SchoolManagement#revealContactPhone}).
 *
 * @param townshipCode the 9-digit township the school stands in; its county is the first six
 * @param version the optimistic-locking version an edit must send back
 * @param address the school's address, or null
 * @param contactName the contact person, or null
 * @param contactPhoneMasked the contact phone masked (138****8000), or null
 */
public record SchoolView(
        long id,
        String code,
        String name,
        Set<Stage> stages,
        Ownership ownership,
        String townshipCode,
        int version,
        String address,
        String contactName,
        String contactPhoneMasked) {

    public SchoolView {
        stages = Set.copyOf(stages);
    }

    public SchoolView(
            long id,
            String code,
            String name,
            Set<Stage> stages,
            Ownership ownership,
            String townshipCode,
            int version) {
        this(id, code, name, stages, ownership, townshipCode, version, null, null, null);
    }

    public String countyCode() {
        return townshipCode.substring(0, 6);
    }

    /** The stages in their natural order as Chinese labels, e.g. "小学、初中". */
    public String stageLabels() {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }
}
