package com.aidloop.award;

import com.aidloop.shared.Refusal;

/** 确认导入 of an import that is no clean, kept validation (or was committed already). */
public class ImportNotCommittable extends Refusal {

    public ImportNotCommittable(long id) {
        super(Kind.CONFLICT, "award.import.notCommittable", id);
    }
}
