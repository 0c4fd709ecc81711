package com.aidloop.disbursement.reconciliation;

/** Where a payment stands with the bank: not yet settled, or settled as paid or failed. */
public enum PaymentStatus {
    PENDING("待回盘"),
    PAID("已发放"),
    FAILED("发放失败");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status a settled bank result leaves; PENDING for an unknown result. */
    public static PaymentStatus of(ReturnResult result) {
        return switch (result) {
            case PAID -> PAID;
            case FAILED -> FAILED;
            case UNKNOWN -> PENDING;
        };
    }
}
