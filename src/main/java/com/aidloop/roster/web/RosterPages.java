package com.aidloop.roster.web;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.ConfirmationForms;
import com.aidloop.roster.CountySummary;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterBook;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.RosterNotFound;
import com.aidloop.roster.RosterPage;
import com.aidloop.roster.RosterVerification;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document pages (花名册与汇总): the landing page of a term, the summary with its drill-down
 * (htmx partials), the rosters as paged tables, the confirmation forms and the check. Each page
 * reads inside the reader's scope and answers 403 for a document the role may not read.
 */
@Controller
@RequestMapping("/rosters")
class RosterPages {

    private final RosterReaders readers;
    private final CountySummary summaries;
    private final RosterBook book;
    private final ConfirmationForms forms;
    private final RosterVerification verification;
    private final SchoolManagement schools;
    private final Issuers issuers;
    private final RosterMessages messages;
    private final ChinaTime time;

    RosterPages(RosterReaders readers, CountySummary summaries, RosterBook book, ConfirmationForms forms, RosterVerification verification,
            SchoolManagement schools, Issuers issuers, RosterMessages messages, ChinaTime time) {
        this.readers = readers;
        this.summaries = summaries;
        this.book = book;
        this.forms = forms;
        this.verification = verification;
        this.schools = schools;
        this.issuers = issuers;
        this.messages = messages;
        this.time = time;
    }

    /** The documents the reader may open, for the page's navigation (and 403 on every page for those who may open none). */
    @ModelAttribute("readableSlugs")
    Set<String> readableSlugs() {
        return readers.readable().stream().map(DocumentKind::slug).collect(java.util.stream.Collectors.toSet());
    }

    @GetMapping
    String landing(@RequestParam(required = false) String term, Model model) {
        Set<DocumentKind> readable = readers.readable();
        Term chosen = time.termOrCurrent(term);
        DataScope scope = readers.anyScope();
        SummaryCube cube = summaries.of(chosen, scope);
        model.addAttribute("readable", readable);
        model.addAttribute("total", cube.total());
        model.addAttribute("schoolCount", cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL).size());
        model.addAttribute("programmes", cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME));
        model.addAttribute("issuer", issuers.of(scope));
        return term(model, chosen, "rosters/index");
    }

    @GetMapping("/summary")
    String summary(@RequestParam(required = false) String term, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        Term chosen = time.termOrCurrent(term);
        SummaryCube cube = summaries.of(chosen, scope);
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.SUMMARY, chosen, null));
        model.addAttribute("total", cube.total());
        model.addAttribute("view", SummaryView.of(cube, chosen, SummaryFilter.NONE, Dimension.REGION));
        model.addAttribute("dimensions", Dimension.values());
        return term(model, chosen, "rosters/summary");
    }

    @GetMapping("/summary/breakdown")
    String breakdown(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String by,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        Term chosen = time.termOrCurrent(term);
        SummaryCube cube = summaries.of(chosen, scope);
        Dimension dimension = Dimension.fromParam(by) == null ? Dimension.REGION : Dimension.fromParam(by);
        model.addAttribute("view", SummaryView.of(cube, chosen, new SummaryFilter(region, school, programme, stage), dimension));
        if (htmx != null) {
            return "rosters/summary :: breakdown";
        }
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.SUMMARY, chosen, null));
        model.addAttribute("total", cube.total());
        model.addAttribute("dimensions", Dimension.values());
        return term(model, chosen, "rosters/summary");
    }

    @GetMapping({"/review", "/per-programme", "/public-notice"})
    String roster(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        DocumentKind kind = DocumentKind.bySlug(request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1))
                .orElseThrow(() -> new RosterNotFound("document"));
        DataScope scope = readers.scopeFor(kind);
        Term chosen = time.termOrCurrent(term);
        RosterFilter filter = new RosterFilter(programme, school);
        RosterPage roster = book.page(kind, chosen, scope, filter, Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("term", chosen.code());
        query.put("school", school == null ? null : school.toString());
        query.put("programme", roster.programmeCode());
        model.addAttribute("roster", roster);
        model.addAttribute("links", new PageLinks(roster.rows(), "/rosters/" + kind.slug(), query));
        model.addAttribute("schoolChoices", schools.choices(scope));
        model.addAttribute("filter", filter);
        model.addAttribute("exportHref", exportHref(kind, chosen, school, roster.programmeCode()));
        return term(model, chosen, "rosters/roster");
    }

    @GetMapping("/confirmation-forms")
    String forms(@RequestParam(required = false) String term, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        Term chosen = time.termOrCurrent(term);
        model.addAttribute("forms", forms.all(chosen, scope));
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.CONFIRMATION_FORM, chosen, null));
        return term(model, chosen, "rosters/forms");
    }

    @GetMapping("/confirmation-forms/{schoolId}")
    String form(@PathVariable long schoolId, @RequestParam(required = false) String term, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        Term chosen = time.termOrCurrent(term);
        model.addAttribute("form", forms.forSchool(chosen, schoolId, scope));
        return term(model, chosen, "rosters/form");
    }

    @GetMapping("/verification")
    String verification(@RequestParam(required = false) String term, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.VERIFICATION);
        Term chosen = time.termOrCurrent(term);
        model.addAttribute("result", verification.verify(chosen, scope));
        model.addAttribute("messages", messages);
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.VERIFICATION, chosen, null));
        return term(model, chosen, "rosters/verification");
    }

    private String term(Model model, Term chosen, String view) {
        model.addAttribute("term", chosen);
        model.addAttribute("terms", time.termChoices(5, 1, chosen));
        return view;
    }

    private static String exportHref(DocumentKind kind, Term term, Long school, String programme) {
        StringBuilder href = new StringBuilder("/rosters/").append(kind.slug()).append(".xlsx?term=").append(term.code());
        if (school != null) {
            href.append("&school=").append(school);
        }
        if (programme != null) {
            href.append("&programme=").append(java.net.URLEncoder.encode(programme, java.nio.charset.StandardCharsets.UTF_8));
        }
        return href.toString();
    }
}
