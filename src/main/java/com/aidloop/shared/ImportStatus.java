package com.aidloop.shared;

/**
 * Where an import stands, in every import. RUNNING until its job ends (only imports that run in
 * the background); then VALIDATED (a validation ran to its end, with or without errors),
 * COMMITTED (every row written), REFUSED (the file could not be read, or a commit found errors or
 * met a concurrent change: nothing written) or FAILED (an unexpected stop, also a crash of the
 * server while it ran: nothing written).
 */
public enum ImportStatus {
    RUNNING("进行中"),
    VALIDATED("已校验"),
    COMMITTED("已导入"),
    REFUSED("未导入"),
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
