package com.aidloop.roster.verification;

import com.aidloop.roster.Figures;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * The result of the automatic check of a term's documents inside a scope: each school's
 * programmes as the roster, the confirmation form and the summary count them, and every finding.
 */
public record Verification(
        Term term, Instant checkedAt, Figures total, List<TotalsCheck.Comparison> comparisons, List<Finding> findings) {

    public Verification {
        comparisons = List.copyOf(comparisons);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
