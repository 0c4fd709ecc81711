package com.aidloop.roster.web;

import com.aidloop.roster.verification.TotalsCheck;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Money;
import java.util.List;

/** The check's result for the API: passed, each finding with where it is and its sentence, and every comparison. */
record VerificationJson(
        String term,
        boolean passed,
        long awards,
        Money amount,
        List<FindingJson> findings,
        List<ComparisonJson> comparisons) {

    record FindingJson(
            String rule,
            Long schoolId,
            String school,
            String programmeCode,
            String programme,
            Integer row,
            List<String> facts,
            String message) {}

    record ComparisonJson(
            long schoolId,
            String school,
            String programmeCode,
            String programme,
            SummaryJson.Amounts roster,
            SummaryJson.Amounts form,
            SummaryJson.Amounts summary,
            boolean agrees) {

        static ComparisonJson of(TotalsCheck.Comparison c) {
            return new ComparisonJson(
                    c.schoolId(),
                    c.schoolName(),
                    c.programmeCode(),
                    c.programmeName(),
                    SummaryJson.Amounts.of(c.roster()),
                    SummaryJson.Amounts.of(c.form()),
                    SummaryJson.Amounts.of(c.summary()),
                    c.agrees());
        }
    }

    static VerificationJson of(Verification v) {
        return new VerificationJson(
                v.term().code(),
                v.passed(),
                v.total().awards(),
                v.total().amount(),
                v.findings().stream()
                        .map(f -> new FindingJson(
                                f.rule().name(),
                                f.schoolId(),
                                f.schoolName(),
                                f.programmeCode(),
                                f.programmeName(),
                                f.row(),
                                f.facts(),
                                f.sentence()))
                        .toList(),
                v.comparisons().stream().map(ComparisonJson::of).toList());
    }
}
