package com.aidloop.award;

/**
 * Where a recovery (追回资金) stands under maker–checker (双人复核): recorded by one staff member
 * and waiting for another (PENDING: the amount is reserved against the award but is not yet
 * recovered money), confirmed by the other (CONFIRMED: recovered money), or rejected by the other
 * with a reason (REJECTED: reserves nothing).
 */
public enum RecoveryStatus {
    PENDING("待复核"),
    CONFIRMED("已复核"),
    REJECTED("已退回");

    private final String label;

    RecoveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
