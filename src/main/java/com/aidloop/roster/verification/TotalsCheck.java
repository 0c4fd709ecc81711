package com.aidloop.roster.verification;

import com.aidloop.roster.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documents agree: for every school and programme, the roster, the confirmation form and the
 * summary count the same students and the same money. Each side must have been counted from its
 * own document, or the check proves nothing.
 */
public final class TotalsCheck {

    /** One school's programme as the three documents count it. */
    public record Comparison(
            long schoolId,
            String schoolName,
            String programmeCode,
            String programmeName,
            Figures roster,
            Figures form,
            Figures summary) {

        public boolean agrees() {
            return roster.equals(form) && form.equals(summary);
        }

        Finding finding() {
            return new Finding(
                    Finding.Rule.DOCUMENTS_DISAGREE,
                    schoolId,
                    schoolName,
                    programmeCode,
                    programmeName,
                    null,
                    List.of(
                            String.valueOf(roster.awards()),
                            roster.amount().toString(),
                            String.valueOf(form.awards()),
                            form.amount().toString(),
                            String.valueOf(summary.awards()),
                            summary.amount().toString()));
        }
    }

    private TotalsCheck() {}

    /** Every school and programme any of the documents holds, in school and programme order. */
    public static List<Comparison> compare(DocumentTotals roster, DocumentTotals forms, DocumentTotals summary) {
        Set<DocumentTotals.Key> keys = new TreeSet<>(Comparator.comparingLong(DocumentTotals.Key::schoolId)
                .thenComparing(DocumentTotals.Key::programmeCode));
        keys.addAll(roster.all().keySet());
        keys.addAll(forms.all().keySet());
        keys.addAll(summary.all().keySet());
        List<Comparison> comparisons = new ArrayList<>();
        for (DocumentTotals.Key key : keys) {
            comparisons.add(new Comparison(
                    key.schoolId(),
                    firstKnownSchool(key, roster, forms, summary),
                    key.programmeCode(),
                    firstKnownProgramme(key, roster, forms, summary),
                    roster.of(key),
                    forms.of(key),
                    summary.of(key)));
        }
        return comparisons;
    }

    /** The disagreements among the comparisons, one finding each. */
    public static List<Finding> findings(List<Comparison> comparisons) {
        return comparisons.stream()
                .filter(c -> !c.agrees())
                .map(Comparison::finding)
                .toList();
    }

    private static String firstKnownSchool(DocumentTotals.Key key, DocumentTotals... documents) {
        for (DocumentTotals totals : documents) {
            if (totals.knowsSchool(key.schoolId())) {
                return totals.schoolName(key.schoolId());
            }
        }
        return String.valueOf(key.schoolId());
    }

    private static String firstKnownProgramme(DocumentTotals.Key key, DocumentTotals... documents) {
        for (DocumentTotals totals : documents) {
            if (totals.knowsProgramme(key.programmeCode())) {
                return totals.programmeName(key.programmeCode());
            }
        }
        return key.programmeCode();
    }
}
