package com.aidloop.identification.threeparty.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.QueueFilter;
import com.aidloop.identification.threeparty.QueueRow;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Three-party review on the pages: a reviewer's queue with filters by school, village and level
 * (overdue items flagged, select-many to pass or approve), one application with the step's form,
 * and returns.
 */
@Controller
@RequestMapping("/identification/three-party")
@PreAuthorize(
        "hasAnyAuthority('THREE_PARTY_VILLAGE','THREE_PARTY_TOWNSHIP','THREE_PARTY_COUNTY','IDENTIFICATION_DECIDE')")
class ThreePartyPages {

    private static final String BACK = "redirect:/identification/three-party";

    private final ThreePartyReviews reviews;
    private final CurrentAccounts accounts;

    ThreePartyPages(ThreePartyReviews reviews, CurrentAccounts accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    @GetMapping
    String queue(
            @RequestParam(required = false) ReviewStep step,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String village,
            @RequestParam(required = false) DifficultyLevel level,
            Model model) {
        CurrentAccount account = accounts.current();
        ReviewStep chosen = step == null ? ThreePartyReviews.stepOf(account) : step;
        List<QueueRow> all = reviews.queue(new QueueFilter(chosen, null, null, null, false), account);
        List<QueueRow> rows = all.stream()
                .filter(r -> school == null || r.schoolId() == school)
                .filter(r -> village == null || village.isBlank() || village.equals(r.villageCode()))
                .filter(r -> level == null || r.decidedLevel() == level)
                .toList();
        Map<Long, String> schools = new TreeMap<>();
        Map<String, String> villages = new TreeMap<>();
        all.forEach(r -> {
            schools.put(r.schoolId(), r.schoolName());
            if (r.villageCode() != null) {
                villages.put(r.villageCode(), r.villageName() == null ? r.villageCode() : r.villageName());
            }
        });
        model.addAttribute("step", chosen);
        model.addAttribute("steps", steps(account));
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(QueueRow::overdue).count());
        model.addAttribute("schools", schools);
        model.addAttribute("villages", villages);
        model.addAttribute("levels", DifficultyLevel.values());
        model.addAttribute("school", school);
        model.addAttribute("village", village);
        model.addAttribute("level", level);
        return "identification/three-party-queue";
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("v", reviews.view(id, accounts.current()));
        model.addAttribute("visitMethods", VisitMethod.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        return "identification/three-party-review";
    }

    @PostMapping("/{id}/village")
    String village(
            @PathVariable long id,
            @RequestParam(required = false) VillageVerdict verdict,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) VisitMethod visitMethod,
            @RequestParam(required = false) LocalDate visitDate,
            @RequestParam(required = false) String visitBy,
            @RequestParam(required = false) String visitFinding,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            HomeVisit visit = visitMethod == null ? null : new HomeVisit(visitMethod, visitDate, visitBy, visitFinding);
            reviews.villageChecks(
                    id, new VillageCheck(verdict, note, visit, account.username(), Instant.now()), account);
            redirect.addFlashAttribute("notice", Messages.format("identification.threeParty.villageChecked"));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return BACK + "/" + id;
        }
        return BACK + "?step=VILLAGE";
    }

    @PostMapping("/township")
    String township(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            int n = reviews.townshipPasses(ids == null ? List.of() : ids, note, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("identification.threeParty.townshipPassed", n));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return BACK + "?step=TOWNSHIP";
    }

    @PostMapping("/approval")
    String approve(@RequestParam(required = false) List<Long> ids, RedirectAttributes redirect) {
        try {
            int n = reviews.approve(ids == null ? List.of() : ids, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("identification.threeParty.approved", n));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return BACK + "?step=COUNTY";
    }

    @PostMapping("/{id}/return")
    String returnTo(
            @PathVariable long id,
            @RequestParam ReturnTarget target,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            reviews.returnTo(id, target, reason, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("identification.threeParty.returned", target.label()));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return BACK + "/" + id;
        }
        return BACK;
    }

    private static List<ReviewStep> steps(CurrentAccount account) {
        ReviewStep own = ThreePartyReviews.stepOf(account);
        if (own == ReviewStep.TOWNSHIP) {
            return List.of(ReviewStep.VILLAGE, ReviewStep.TOWNSHIP);
        }
        return own == null ? List.of() : List.of(own);
    }
}
