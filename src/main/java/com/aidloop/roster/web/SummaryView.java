package com.aidloop.roster.web;

import com.aidloop.roster.Figures;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.roster.summary.SummaryRow;
import com.aidloop.shared.Term;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One breakdown of the summary as the page shows it: the path drilled so far (breadcrumb), the
 * rows with the link each click follows, and the total of the part shown.
 */
public record SummaryView(
        Term term, SummaryFilter filter, Dimension by, List<SummaryRow> rows, Figures total, List<Crumb> crumbs) {

    /** A step of the drill-down path; the last one has no link. */
    public record Crumb(String label, String href) {}

    static SummaryView of(SummaryCube cube, Term term, SummaryFilter filter, Dimension by) {
        return new SummaryView(
                term, filter, by, cube.breakdown(filter, by), cube.total(filter), crumbs(cube, term, filter, by));
    }

    /** The partial a click on a row loads. */
    public String href(SummaryRow row) {
        return href(term, row.drill(), row.drillBy());
    }

    public String tabHref(Dimension dimension) {
        return href(term, SummaryFilter.NONE, dimension);
    }

    static String href(Term term, SummaryFilter filter, Dimension by) {
        StringBuilder href = new StringBuilder("/rosters/summary/breakdown?term=").append(term.code());
        param(href, "region", filter.region());
        param(
                href,
                "school",
                filter.schoolId() == null ? null : filter.schoolId().toString());
        param(href, "programme", filter.programme());
        param(href, "stage", filter.stage());
        return href.append("&by=").append(by.urlKey()).toString();
    }

    private static void param(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static List<Crumb> crumbs(SummaryCube cube, Term term, SummaryFilter filter, Dimension by) {
        List<Crumb> crumbs = new ArrayList<>();
        Dimension top = filter.region() != null
                ? Dimension.REGION
                : filter.schoolId() != null
                        ? Dimension.SCHOOL
                        : filter.programme() != null
                                ? Dimension.PROGRAMME
                                : filter.stage() != null ? Dimension.STAGE : by;
        String root = cube.rootRegion();
        crumbs.add(new Crumb(
                root.isEmpty() ? "全部" : cube.label(Dimension.REGION, root), href(term, SummaryFilter.NONE, top)));
        SummaryFilter so = SummaryFilter.NONE;
        if (filter.region() != null) {
            for (int length = SummaryCube.childLength(root.length());
                    length > 0 && length <= filter.region().length();
                    length = SummaryCube.childLength(length)) {
                so = so.with(Dimension.REGION, filter.region().substring(0, length));
                crumbs.add(new Crumb(
                        cube.label(Dimension.REGION, so.region()),
                        href(term, so, SummaryCube.drillBy(so, Dimension.REGION))));
            }
        }
        for (Dimension d : List.of(Dimension.SCHOOL, Dimension.PROGRAMME, Dimension.STAGE)) {
            if (filter.constrains(d)) {
                String key =
                        switch (d) {
                            case SCHOOL -> filter.schoolId().toString();
                            case PROGRAMME -> filter.programme();
                            default -> filter.stage();
                        };
                so = so.with(d, key);
                Dimension next = SummaryCube.drillBy(so, d);
                crumbs.add(new Crumb(cube.label(d, key), next == null ? null : href(term, so, next)));
            }
        }
        Crumb last = crumbs.removeLast();
        crumbs.add(new Crumb(last.label(), null));
        return crumbs;
    }
}
