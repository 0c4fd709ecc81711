package com.aidloop.notification;

/**
 * Where a message stands: waiting (also between retries), confirmed by a gateway, given up, or
 * not sent because no gateway sends for this installation.
 */
public enum SmsStatus {
    /** 待发送: not yet confirmed; the dispatcher sends or retries it. */
    PENDING("待发送"),
    /** 已发送: the gateway confirmed it with its own message id. */
    SENT("已发送"),
    /** 发送失败: every attempt failed or the gateway refused it; staff may send it again. */
    FAILED("发送失败"),
    /**
     * 未发送: nothing was handed to an SMS provider, because no gateway is configured (or the
     * developers' logging gateway only wrote it to the log). Neither sent nor failed; county staff
     * send it once a gateway is configured.
     */
    NOT_SENT("未发送");

    private final String label;

    SmsStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
