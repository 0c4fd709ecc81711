package com.aidloop.identification;

import com.aidloop.identification.domain.ModelOwner;
import com.aidloop.identification.domain.ModelStatus;

/** One version of a model in a list: enough to choose it, not its rules. */
public record ModelSummary(
        long id,
        String key,
        int version,
        String name,
        ModelOwner owner,
        int effectiveFrom,
        ModelStatus status,
        String basedOn,
        boolean cutOffsSet,
        boolean dibaoLineSet) {

    public String title() {
        return name + " 第" + version + "版";
    }
}
