package com.aidloop.roster.web;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChosenTerm;
import com.aidloop.roster.ConfirmationForms;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterBook;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.RosterNotFound;
import com.aidloop.roster.RosterPage;
import com.aidloop.roster.RosterVerification;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document pages (花名册与汇总) of one document each: the rosters as paged tables, the
 * confirmation forms and the check (the landing page and the summary are {@link SummaryPages}).
 * Each page reads inside the reader's scope and answers 403 for a document the role may not read.
 */
@Controller
@RequestMapping("/rosters")
class RosterPages {

    private final RosterReaders readers;
    private final RosterBook book;
    private final ConfirmationForms forms;
    private final RosterVerification verification;
    private final SchoolManagement schools;
    private final Issuers issuers;

    RosterPages(
            RosterReaders readers,
            RosterBook book,
            ConfirmationForms forms,
            RosterVerification verification,
            SchoolManagement schools,
            Issuers issuers) {
        this.readers = readers;
        this.book = book;
        this.forms = forms;
        this.verification = verification;
        this.schools = schools;
        this.issuers = issuers;
    }

    @GetMapping({"/review", "/per-programme", "/public-notice"})
    String roster(
            @ChosenTerm Term chosen,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        DocumentKind kind = DocumentKind.bySlug(request.getRequestURI()
                        .substring(request.getRequestURI().lastIndexOf('/') + 1))
                .orElseThrow(() -> new RosterNotFound("document"));
        DataScope scope = readers.scopeFor(kind);
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
        return "rosters/roster";
    }

    @GetMapping("/confirmation-forms")
    String forms(@ChosenTerm Term chosen, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        model.addAttribute("forms", forms.all(chosen, scope));
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.CONFIRMATION_FORM, chosen, null));
        return "rosters/forms";
    }

    @GetMapping("/confirmation-forms/{schoolId}")
    String form(@PathVariable long schoolId, @ChosenTerm Term chosen, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        model.addAttribute("form", forms.forSchool(chosen, schoolId, scope));
        return "rosters/form";
    }

    @GetMapping("/verification")
    String verification(@ChosenTerm Term chosen, Model model) {
        DataScope scope = readers.scopeFor(DocumentKind.VERIFICATION);
        model.addAttribute("result", verification.verify(chosen, scope));
        model.addAttribute("documentTitle", issuers.of(scope).title(DocumentKind.VERIFICATION, chosen, null));
        return "rosters/verification";
    }

    private static String exportHref(DocumentKind kind, Term term, Long school, String programme) {
        StringBuilder href = new StringBuilder("/rosters/")
                .append(kind.slug())
                .append(".xlsx?term=")
                .append(term.code());
        if (school != null) {
            href.append("&school=").append(school);
        }
        if (programme != null) {
            href.append("&programme=")
                    .append(java.net.URLEncoder.encode(programme, java.nio.charset.StandardCharsets.UTF_8));
        }
        return href.toString();
    }
}
