package com.aidloop.spreadsheet;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an official roster holds: the number of data rows and the total of each money column
 * (header → yuan), as written in its 合计 row.
 */
public record RosterSummary(long rows, Map<String, BigDecimal> totals) {

    public RosterSummary {
        totals = Map.copyOf(totals);
    }
}
