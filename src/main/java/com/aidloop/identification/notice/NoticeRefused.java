package com.aidloop.identification.notice;

import com.aidloop.shared.Refusal;

/** A notice or an objection refused, with a reason the person can act on. */
public class NoticeRefused extends Refusal {

    NoticeRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    static NoticeRefused notFound(String type, long id) {
        return (NoticeRefused) new NoticeRefused(Kind.NOT_FOUND, "notice.notFound", id).about(type, id);
    }

    /** A link that leads nowhere, or a notice not opened with its code or out of its period: 404 alike. */
    public static NoticeRefused publicNotFound() {
        return new NoticeRefused(Kind.NOT_FOUND, "notice.publicNotFound");
    }

    static NoticeRefused invalid(String code, Object... args) {
        return new NoticeRefused(Kind.INVALID, code, args);
    }

    static NoticeRefused conflict(String code, Object... args) {
        return new NoticeRefused(Kind.CONFLICT, code, args);
    }

    static NoticeRefused forbidden(String code) {
        return new NoticeRefused(Kind.FORBIDDEN, code);
    }
}
