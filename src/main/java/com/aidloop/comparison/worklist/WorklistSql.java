package com.aidloop.comparison.worklist;

/** SQL fragments the worklists and the figures share. */
public final class WorklistSql {

    private WorklistSql() {}

    /**
     * Mirrors RegisterStatusPolicy for a support match {@code m} of type {@code t}, bound
     * {@code :today}: recognised today (在册 or 过渡期). RegisterRuleAgreementTests feeds the same
     * cases through both; change them together.
     */
    public static final String RECOGNISED = """
            (CASE WHEN m.ended_on IS NOT NULL AND CAST(:today AS DATE) >= m.ended_on
                       THEN CAST(:today AS DATE) < CAST(m.ended_on + make_interval(months => t.transition_months) AS DATE)
                  WHEN position(E'\\npoliciesApply=否\\n' IN E'\\n' || m.attributes) > 0 THEN FALSE
                  WHEN position(E'\\nriskOpen=已消除\\n' IN E'\\n' || m.attributes) > 0
                       THEN CAST(:today AS DATE) < CAST(m.as_of + make_interval(months => t.transition_months) AS DATE)
                  ELSE TRUE END)
            """;
}
