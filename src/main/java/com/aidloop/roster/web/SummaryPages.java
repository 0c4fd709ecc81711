package com.aidloop.roster.web;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChosenTerm;
import com.aidloop.roster.CountySummary;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.shared.Term;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages read from a term's summary cube: the landing page of a term (the documents the
 * reader may open, with the term's totals) and the summary (汇总表) with its drill-down as htmx
 * partials.
 */
@Controller
@RequestMapping("/rosters")
class SummaryPages {

    private final RosterReaders readers;
    private final CountySummary summaries;
    private final Issuers issuers;

    SummaryPages(RosterReaders readers, CountySummary summaries, Issuers issuers) {
        this.readers = readers;
        this.summaries = summaries;
        this.issuers = issuers;
    }

    @GetMapping
    String landing(@ChosenTerm Term chosen, Model model) {
        Set<DocumentKind> readable = readers.readable();
        DataScope scope = readers.anyScope();
        SummaryCube cube = summaries.of(chosen, scope);
        model.addAttribute("readable", readable);
        model.addAttribute("total", cube.total());
        model.addAttribute(
                "schoolCount",
                cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL).size());
        model.addAttribute("programmes", cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME));
        model.addAttribute("issuer", issuers.of(scope));
        return "rosters/index";
    }

    @GetMapping("/summary")
    String summary(@ChosenTerm Term chosen, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        SummaryCube cube = summaries.of(chosen, scope);
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.SUMMARY, chosen, null));
        model.addAttribute("total", cube.total());
        model.addAttribute("view", SummaryView.of(cube, chosen, SummaryFilter.NONE, Dimension.REGION));
        model.addAttribute("dimensions", Dimension.values());
        return "rosters/summary";
    }

    @GetMapping("/summary/breakdown")
    String breakdown(
            @ChosenTerm Term chosen,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String by,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        SummaryCube cube = summaries.of(chosen, scope);
        Dimension dimension = Dimension.fromParam(by) == null ? Dimension.REGION : Dimension.fromParam(by);
        model.addAttribute(
                "view", SummaryView.of(cube, chosen, new SummaryFilter(region, school, programme, stage), dimension));
        if (htmx != null) {
            return "rosters/summary :: breakdown";
        }
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.SUMMARY, chosen, null));
        model.addAttribute("total", cube.total());
        model.addAttribute("dimensions", Dimension.values());
        return "rosters/summary";
    }
}
