package com.aidloop.roster.summary;

import com.aidloop.roster.Figures;

/**
 * One line of a summary breakdown: what it counts, its figures, and where a click on it leads
 * (the narrower filter and the dimension to break that down by), or no drill at the bottom.
 */
public record SummaryRow(
        Dimension dimension, String key, String label, Figures figures, SummaryFilter drill, Dimension drillBy) {

    public boolean drillable() {
        return drill != null && drillBy != null;
    }
}
