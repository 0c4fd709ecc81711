package com.aidloop.identification.threeparty.domain;

import java.time.Instant;

/**
 * The village's check of the family facts: 属实 or 不属实 with a note (required when not true), and
 * an optional home visit.
 */
public record VillageCheck(VillageVerdict verdict, String note, HomeVisit visit, String by, Instant at) {

    public VillageCheck {
        if (verdict == null) {
            throw new ReviewRefused("identification.threeParty.verdictMissing");
        }
        note = note == null ? "" : note.strip();
        if (verdict == VillageVerdict.FALSE && note.isEmpty()) {
            throw new ReviewRefused("identification.threeParty.falseNeedsNote");
        }
        if (note.length() > 500) {
            throw new ReviewRefused("identification.threeParty.tooLong");
        }
    }
}
