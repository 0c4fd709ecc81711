package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.FundingLevel;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeDetail;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.ProgrammeKind;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.programme.Semesters;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue's reading pages: the list of programmes with the standards of a term, and a
 * programme's standards for any term as they stood at any date, with their whole history and the
 * changes waiting for a second person. Each account reads the catalogue of its scope: national
 * programmes, its province's and county's; another county's programmes are 404.
 */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','PROGRAMME_EDIT')")
class ProgrammePages {

    private final ProgrammeCatalogue catalogue;
    private final CatalogueChanges changes;
    private final CurrentAccounts accounts;

    ProgrammePages(ProgrammeCatalogue catalogue, CatalogueChanges changes, CurrentAccounts accounts) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.accounts = accounts;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("terms", PageChoices.terms(catalogue.currentTerm()));
        model.addAttribute("currentTerm", catalogue.currentTerm());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Stage wantedStage = PageChoices.stageOrNull(stage);
        Term wantedTerm = PageChoices.termOr(term, catalogue.currentTerm());
        CurrentAccount account = accounts.current();
        Catalogue snapshot = catalogue.asOf(wantedTerm, account.scope());
        Paged<ProgrammeInForce> result = PageChoices.search(snapshot, q, wantedStage, Paging.of(page, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("stage", wantedStage == null ? null : wantedStage.name());
        query.put("term", wantedTerm.code());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("stage", wantedStage);
        model.addAttribute("term", wantedTerm);
        model.addAttribute("result", result);
        model.addAttribute("links", new PageLinks(result, "/programmes", query));
        model.addAttribute("account", account);
        model.addAttribute(
                "pendingChanges", changes.pending(account.scope(), null).size());
        return "programmes/list";
    }

    @GetMapping("/{code}")
    String detail(
            @PathVariable String code,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String asOf,
            Model model) {
        CurrentAccount account = accounts.current();
        ProgrammeDetail detail = catalogue.detail(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        Term wantedTerm = PageChoices.termOr(term, catalogue.currentTerm());
        Instant moment = null;
        try {
            moment = Moments.parse(asOf, catalogue.zone());
        } catch (InvalidValue invalid) {
            model.addAttribute("asOfError", Messages.format(invalid.code(), invalid.args()));
        }
        Catalogue snapshot = moment == null
                ? catalogue.asOf(wantedTerm, account.scope())
                : catalogue.asOf(wantedTerm, moment, account.scope());
        model.addAttribute("detail", detail);
        model.addAttribute("programme", detail.programme());
        model.addAttribute("term", wantedTerm);
        model.addAttribute("asOf", moment == null ? "" : asOf.strip());
        model.addAttribute("inForce", snapshot.programme(code).orElse(null));
        model.addAttribute("mayChange", detail.programme().owner().changeableFrom(account.regionCode()));
        model.addAttribute("pending", changes.pending(account.scope(), code));
        model.addAttribute("account", account);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("levels", FundingLevel.values());
        model.addAttribute("semesterChoices", Semesters.values());
        return "programmes/detail";
    }
}
