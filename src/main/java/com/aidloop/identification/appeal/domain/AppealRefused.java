package com.aidloop.identification.appeal.domain;

import com.aidloop.shared.Refusal;

/** An appeal, or a decision on one, that a rule does not allow, with the reason in Chinese. */
public class AppealRefused extends Refusal {

    public AppealRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** The state or a rule does not allow the step now (409). */
    public static AppealRefused conflict(String code, Object... args) {
        return new AppealRefused(Kind.CONFLICT, code, args);
    }

    /** A value the person can correct (422). */
    public static AppealRefused invalid(String code, Object... args) {
        return new AppealRefused(Kind.INVALID, code, args);
    }

    /** Another level of government decides (403). */
    public static AppealRefused forbidden(String code) {
        return new AppealRefused(Kind.FORBIDDEN, code);
    }

    /** No appeal of that id in reach (404). */
    public static AppealRefused notFound(long id) {
        return (AppealRefused) new AppealRefused(Kind.NOT_FOUND, "identification.appeal.notFound", id)
                .about("identification_appeal", id);
    }
}
