package com.aidloop.comparison.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.worklist.Outcome;
import com.aidloop.comparison.worklist.SuspectDecisions;
import com.aidloop.comparison.worklist.VisitKind;
import com.aidloop.comparison.worklist.WorklistFilter;
import com.aidloop.comparison.worklist.WorklistItem;
import com.aidloop.comparison.worklist.WorklistKind;
import com.aidloop.comparison.worklist.Worklists;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worklist pages: 应助未助 and 四项比对 of the scope, filtered, closed in a batch (with a home
 * visit), exported in the official layout (audited); a 四项比对 case decided on its own page.
 */
@Controller
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
class WorklistPages {

    private final Worklists worklists;
    private final SuspectDecisions decisions;
    private final CurrentAccounts accounts;
    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final AuditTrail audit;
    private final ChinaTime time;

    WorklistPages(
            Worklists worklists,
            SuspectDecisions decisions,
            CurrentAccounts accounts,
            SchoolManagement schools,
            RegionManagement regions,
            AuditTrail audit,
            ChinaTime time) {
        this.worklists = worklists;
        this.time = time;
        this.decisions = decisions;
        this.accounts = accounts;
        this.schools = schools;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/comparison/worklists/{kind:unaided|suspect}")
    String page(
            @PathVariable String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String route,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            Model model) {
        CurrentAccount account = accounts.current();
        WorklistKind chosen = WorklistApi.kind(kind);
        String shownStatus = status == null ? "OPEN" : status;
        model.addAttribute(
                "items", worklists.list(account, new WorklistFilter(chosen, shownStatus, route, school, township)));
        model.addAttribute("kind", chosen);
        model.addAttribute("path", kind);
        model.addAttribute(
                "outcomes",
                Arrays.stream(Outcome.values()).filter(o -> o.kind() == chosen).toList());
        model.addAttribute("visitKinds", VisitKind.values());
        model.addAttribute("schools", schools.choices(account.scope()));
        model.addAttribute(
                "townships",
                account.schoolId() == null
                                && account.regionCode() != null
                                && account.regionCode().length() == 6
                        ? regions.children(account.regionCode())
                        : List.of());
        model.addAttribute("status", shownStatus);
        model.addAttribute("route", route);
        model.addAttribute("school", school);
        model.addAttribute("township", township);
        model.addAttribute("today", time.today());
        return "comparison/worklists";
    }

    @PostMapping("/comparison/worklists/{kind:unaided|suspect}/close")
    String close(
            @PathVariable String kind,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String visitKind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
            @RequestParam(required = false) String visitBy,
            @RequestParam(required = false) String visitFinding,
            RedirectAttributes redirect) {
        try {
            int closed = worklists.close(
                    ids == null ? List.of() : ids,
                    WorklistApi.kind(kind),
                    new Worklists.Closing(outcome, note, visitKind, visitOn, visitBy, visitFinding),
                    accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("comparison.worklist.closed", closed));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/comparison/worklists/" + kind;
    }

    @GetMapping("/comparison/worklists/{kind:unaided|suspect}.xlsx")
    void export(
            @PathVariable String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String route,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            HttpServletResponse response)
            throws IOException {
        CurrentAccount account = accounts.current();
        WorklistKind chosen = WorklistApi.kind(kind);
        List<WorklistItem> items = worklists.list(account, new WorklistFilter(chosen, status, route, school, township));
        audit.record(AuditRecord.of(
                "EXPORT", "comparison_worklist", chosen.name(), "导出" + chosen.label() + "待办，" + items.size() + "条"));
        Downloads.xlsx(response, chosen.label() + "核查表.xlsx");
        String unit = account.regionCode() == null ? "" : regions.fullName(account.regionCode());
        WorklistWorkbook.write(chosen, unit, time.today(), items, response.getOutputStream());
    }

    @GetMapping("/comparison/worklists/suspect/{id}")
    String suspect(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("item", worklists.get(id, account));
        model.addAttribute("awards", decisions.awards(id, account));
        model.addAttribute("recoveries", decisions.recoveries(id, account));
        model.addAttribute("me", account.username());
        model.addAttribute("today", time.today());
        return "comparison/suspect";
    }

    @PostMapping("/comparison/worklists/suspect/{id}/{decision:verify|cancel|recover}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    String decide(
            @PathVariable long id,
            @PathVariable String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "awardIds", required = false) List<Long> awardIds,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recoveredOn,
            @RequestParam(required = false) String voucher,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            switch (decision) {
                case "verify" -> decisions.verify(id, reason, account);
                case "cancel" -> decisions.cancel(id, reason, account);
                default ->
                    decisions.recover(
                            id, reason, new SuspectDecisions.Recovery(awardIds, amount, recoveredOn, voucher), account);
            }
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(
                            "comparison.worklist.decided",
                            worklists.get(id, account).outcome().label()));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/comparison/worklists/suspect/" + id;
    }

    /** 双人复核 of the case's recovery: another county staff member confirms it, or rejects it with a reason. */
    @PostMapping("/comparison/worklists/suspect/{id}/recoveries/{entry}/{review:confirm|reject}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    String review(
            @PathVariable long id,
            @PathVariable long entry,
            @PathVariable String review,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            if ("confirm".equals(review)) {
                var confirmed = decisions.confirmRecovery(id, entry, account);
                redirect.addFlashAttribute(
                        "notice",
                        Messages.format(
                                "comparison.worklist.recoveryConfirmed",
                                confirmed.amount().display()));
            } else {
                decisions.rejectRecovery(id, entry, reason, account);
                redirect.addFlashAttribute("notice", Messages.format("comparison.worklist.recoveryRejected"));
            }
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/comparison/worklists/suspect/" + id;
    }
}
