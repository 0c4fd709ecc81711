package com.aidloop.notification;

import com.aidloop.shared.Refusal;

/**
 * A message text broke the content policy and was not enqueued. It never marks the caller's
 * transaction for rollback: a payment stands even if its notice cannot be worded safely. The
 * message says which rule, and for a hardship word which word, but never repeats a number.
 */
public class SmsContentRefused extends Refusal {

    private final SmsContentRule rule;
    private final String word;

    public SmsContentRefused(SmsContentRule rule, String word) {
        super(Kind.INVALID, "sms.refused." + rule.name(), word == null ? "" : word);
        this.rule = rule;
        this.word = word;
    }

    public SmsContentRule rule() {
        return rule;
    }

    /** The hardship word found, or null for the other rules. */
    public String word() {
        return word;
    }

    /** The reason in Chinese, e.g. "短信内容含有反映家庭困难情况的词语“低保”，不能发送". */
    public String reason() {
        return getLocalizedMessage();
    }
}
