package com.aidloop.disbursement.reconciliation;

/** What the bank says about one line of a return file (处理结果). */
public enum ReturnResult {
    /** 成功: the money is on the card. */
    PAID,
    /** 失败: the bank did not pay, with its reason. */
    FAILED,
    /** A word the return template does not know. */
    UNKNOWN
}
