package com.aidloop.settlement;

/** Where a transfer to a school stands: drafted, money transferred, receipt confirmed by the school. */
public enum TransferStatus {
    /** 待转账: the 资金拨付单 is made; the county has not recorded the transfer yet. */
    DRAFT("待转账"),
    /** 已转账: the county recorded the transfer (date, voucher); the school has not confirmed it. */
    TRANSFERRED("已转账，待学校确认"),
    /** 学校已确认到账. */
    CONFIRMED("学校已确认到账");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
