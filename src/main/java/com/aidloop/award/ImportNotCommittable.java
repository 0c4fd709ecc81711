package com.aidloop.award;

/** 确认导入 of an import that is no clean, kept validation (or was committed already). */
public class ImportNotCommittable extends RuntimeException {

    public ImportNotCommittable(long id) {
        super("roster import " + id + " cannot be committed");
    }
}
