package com.aidloop.disbursement;

/**
 * What someone put into a payout batch. Whoever contributed in any of these ways may not approve
 * the batch (maker–checker over every maker, not only the creator).
 */
public enum Contribution {
    /** Made the batch: its lines, cards and amounts (for a reissue batch, its first reissue). */
    CREATED("创建批次"),
    /** Reissued a failed payment into the batch: a new line, with a card of their choosing, and its amount. */
    REISSUED("重新发放（填写更正后的卡号）"),
    /** Took a line out: the batch's count and amount are what they chose to leave in it. */
    REMOVED_LINE("移除发放行");

    private final String label;

    Contribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
