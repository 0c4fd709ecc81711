package com.aidloop.identification.window;

import com.aidloop.shared.Refusal;

/** An identification year or a late window refused, with a reason the person can act on. */
public class WindowRefused extends Refusal {

    WindowRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    static WindowRefused notFound(long id) {
        return (WindowRefused)
                new WindowRefused(Kind.NOT_FOUND, "window.notFound", id).about("identification_window", id);
    }

    static WindowRefused invalid(String code, Object... args) {
        return new WindowRefused(Kind.INVALID, code, args);
    }

    static WindowRefused conflict(String code, Object... args) {
        return new WindowRefused(Kind.CONFLICT, code, args);
    }

    static WindowRefused forbidden(String code) {
        return new WindowRefused(Kind.FORBIDDEN, code);
    }
}
