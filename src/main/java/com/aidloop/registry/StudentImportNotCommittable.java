package com.aidloop.registry;

import com.aidloop.shared.Refusal;

/** 确认导入 of a student-registration import that is no clean validation, was committed already or whose rows are gone. */
public class StudentImportNotCommittable extends Refusal {

    public StudentImportNotCommittable(long id) {
        super(Kind.CONFLICT, "registry.import.notCommittable", id);
    }
}
