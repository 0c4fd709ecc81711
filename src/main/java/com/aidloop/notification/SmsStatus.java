package com.aidloop.notification;

/** Where a message stands: waiting (also between retries), confirmed by the gateway, or given up. */
public enum SmsStatus {
    /** 待发送: not yet confirmed; the dispatcher sends or retries it. */
    PENDING("待发送"),
    /** 已发送: the gateway confirmed it with its own message id. */
    SENT("已发送"),
    /** 发送失败: every attempt failed or the gateway refused it; staff may send it again. */
    FAILED("发送失败");

    private final String label;

    SmsStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
