package com.aidloop.identification.threeparty.domain;

import java.time.LocalDate;

/** A home visit the village recorded: how, when, who visited and what they found. */
public record HomeVisit(VisitMethod method, LocalDate date, String visitor, String finding) {

    public HomeVisit {
        if (method == null || date == null || blank(visitor) || blank(finding)) {
            throw new ReviewRefused("identification.threeParty.visitIncomplete");
        }
        visitor = visitor.strip();
        finding = finding.strip();
        if (visitor.length() > 50 || finding.length() > 500) {
            throw new ReviewRefused("identification.threeParty.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
