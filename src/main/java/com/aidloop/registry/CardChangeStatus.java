package com.aidloop.registry;

/** Where a change of a student's aid card (资助卡变更) stands. Only PENDING moves, and only once. */
public enum CardChangeStatus {
    /** Asked for; the student's record keeps the old card and payouts use it. */
    PENDING("待审核"),
    /** A second person approved it (or approved the reissue batch that carried it): the record holds the new card. */
    APPROVED("已生效"),
    /** A second person turned it down, with a reason; the old card stays. */
    REJECTED("已驳回"),
    /** A newer change of the same student's card took its place before anyone decided. */
    SUPERSEDED("已被新申请替代");

    private final String label;

    CardChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
