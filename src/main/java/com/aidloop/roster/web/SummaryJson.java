package com.aidloop.roster.web;

import com.aidloop.roster.Figures;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.roster.summary.SummaryRow;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.List;

/**
 * The summary for the API: the total, the divisions nested level by level down to villages,
 * schools with their programmes, programmes with their stages, stages; and, when a drill-down
 * was asked for, that level's rows.
 */
record SummaryJson(
        String term,
        String termLabel,
        String title,
        Amounts total,
        String by,
        List<Node> rows,
        List<Node> regions,
        List<Node> schools,
        List<Node> programmes,
        List<Node> stages) {

    /** Head count (人次) and amount in yuan. */
    record Amounts(long awards, Money amount) {

        static Amounts of(Figures figures) {
            return new Amounts(figures.awards(), figures.amount());
        }
    }

    /** One row: its key (division code, school id, programme code, stage), name, figures and the level below. */
    record Node(String key, String name, long awards, Money amount, List<Node> children) {}

    static SummaryJson of(SummaryCube cube, Term term, String title, SummaryFilter filter, Dimension by) {
        return new SummaryJson(
                term.code(),
                term.label(),
                title,
                Amounts.of(cube.total()),
                by == null ? null : by.urlKey(),
                by == null ? null : nodes(cube, cube.breakdown(filter, by), null),
                nodes(cube, cube.breakdown(SummaryFilter.NONE, Dimension.REGION), Dimension.REGION),
                nodes(cube, cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL), Dimension.PROGRAMME),
                nodes(cube, cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME), Dimension.STAGE),
                nodes(cube, cube.breakdown(SummaryFilter.NONE, Dimension.STAGE), null));
    }

    /** Rows, each with its children by {@code below} (divisions recurse down to villages). */
    private static List<Node> nodes(SummaryCube cube, List<SummaryRow> rows, Dimension below) {
        return rows.stream()
                .map(row -> {
                    List<Node> children = null;
                    if (below != null
                            && row.drill() != null
                            && (below != Dimension.REGION || row.drillBy() == Dimension.REGION)) {
                        children = nodes(
                                cube,
                                cube.breakdown(row.drill(), below),
                                below == Dimension.REGION ? Dimension.REGION : null);
                    }
                    return new Node(
                            row.key(),
                            row.label(),
                            row.figures().awards(),
                            row.figures().amount(),
                            children);
                })
                .toList();
    }
}
