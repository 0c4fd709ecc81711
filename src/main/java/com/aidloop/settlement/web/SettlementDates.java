package com.aidloop.settlement.web;

import com.aidloop.settlement.SettlementRefused;
import com.aidloop.shared.Refusal.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date as a form or the API sends it (2026-04-15); blank is none, anything else refused in Chinese. */
final class SettlementDates {

    private SettlementDates() {}

    static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new SettlementRefused(Kind.INVALID, "transfer.dateFormat", raw.strip());
        }
    }
}
