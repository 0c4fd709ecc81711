package com.aidloop.award;

/**
 * Where a roster import stands. RUNNING until its job ends; then VALIDATED (a validation ran to
 * its end, with or without errors), COMMITTED (every row written), REFUSED (the file could not be
 * read, or a commit found errors: nothing written) or FAILED (an unexpected stop, also a crash of
 * the server while it ran: nothing written).
 */
public enum ImportStatus {
    RUNNING("进行中"),
    VALIDATED("已校验"),
    COMMITTED("已导入"),
    REFUSED("已拒绝"),
    FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this != RUNNING;
    }
}
