package com.aidloop.disbursement.integrity.web;

import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.progress.PayoutScopes;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The integrity page (资金核对): the four levels with their differences, the gaps, then every break. */
@Controller
class IntegrityPages {

    private final PayoutScopes scopes;
    private final MoneyIntegrity integrity;
    private final PaymentProgress progress;
    private final BreakSentences sentences;

    IntegrityPages(PayoutScopes scopes, MoneyIntegrity integrity, PaymentProgress progress, BreakSentences sentences) {
        this.scopes = scopes;
        this.integrity = integrity;
        this.progress = progress;
        this.sentences = sentences;
    }

    @GetMapping("/payout-integrity")
    String page(
            @RequestParam(required = false) String term, @RequestParam(required = false) String region, Model model) {
        DataScope scope = scopes.of(region);
        Term chosen = PayoutScopes.termOr(term, progress.today());
        IntegrityReport report = integrity.check(chosen, scope);
        model.addAttribute("report", report);
        model.addAttribute("levels", IntegrityJson.levels(report));
        model.addAttribute(
                "sentences", report.breaks().stream().map(sentences::of).toList());
        model.addAttribute("documentTitle", scopes.unitName(scope) + chosen.label() + "学生资助资金核对");
        model.addAttribute("term", chosen);
        model.addAttribute("terms", PayoutScopes.choices(chosen, progress.today()));
        model.addAttribute("region", region);
        model.addAttribute("divisions", scopes.divisions());
        return "disbursement/integrity";
    }
}
