package com.aidloop.school;

/** How an upload of a school file ended; it runs within the request, so it always has ended. */
public enum SchoolImportStatus {
    /** A validation ran to its end, with or without errors; nothing was written. */
    VALIDATED("已校验"),
    /** Every row was written (or found unchanged) in one transaction. */
    COMMITTED("已导入"),
    /** The file was refused, or a commit found errors or met a concurrent change: nothing written. */
    REFUSED("未导入");

    private final String label;

    SchoolImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
