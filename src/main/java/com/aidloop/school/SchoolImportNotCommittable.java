package com.aidloop.school;

import com.aidloop.shared.Refusal;

/** 确认导入 of an import that is no clean validation, was committed already or whose rows are gone. */
public class SchoolImportNotCommittable extends Refusal {

    public SchoolImportNotCommittable(long id) {
        super(Kind.CONFLICT, "school.import.notCommittable", id);
    }
}
