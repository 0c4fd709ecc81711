package com.aidloop.roster.web;

import com.aidloop.roster.documents.ConfirmationForm;
import com.aidloop.shared.Money;
import java.util.List;

/** A school's fund confirmation form for the API. */
record FormJson(
        String term,
        long schoolId,
        String schoolCode,
        String schoolName,
        String county,
        List<Line> lines,
        long awards,
        Money amount) {

    record Line(String programmeCode, String programmeName, String stages, long awards, Money amount) {}

    static FormJson of(ConfirmationForm form) {
        return new FormJson(
                form.term().code(),
                form.schoolId(),
                form.schoolCode(),
                form.schoolName(),
                form.countyName(),
                form.lines().stream()
                        .map(l -> new Line(
                                l.programmeCode(),
                                l.programmeName(),
                                l.stages(),
                                l.figures().awards(),
                                l.figures().amount()))
                        .toList(),
                form.total().awards(),
                form.total().amount());
    }
}
