package com.aidloop.identification.specialchannel.domain;

import com.aidloop.shared.Refusal;

/** A special channel request, or the county's decision on one, that a rule does not allow, with the reason in Chinese. */
public class SpecialChannelRefused extends Refusal {

    public SpecialChannelRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** The state or a rule does not allow the step now (409). */
    public static SpecialChannelRefused conflict(String code, Object... args) {
        return new SpecialChannelRefused(Kind.CONFLICT, code, args);
    }

    /** A value the person can correct (422). */
    public static SpecialChannelRefused invalid(String code, Object... args) {
        return new SpecialChannelRefused(Kind.INVALID, code, args);
    }

    /** Another level of government does this (403). */
    public static SpecialChannelRefused forbidden(String code) {
        return new SpecialChannelRefused(Kind.FORBIDDEN, code);
    }

    /** No request of that id in reach (404). */
    public static SpecialChannelRefused notFound(long id) {
        return (SpecialChannelRefused)
                new SpecialChannelRefused(Kind.NOT_FOUND, "identification.specialChannel.notFound", id)
                        .about("identification_special_channel", id);
    }
}
