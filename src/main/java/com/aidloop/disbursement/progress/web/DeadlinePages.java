package com.aidloop.disbursement.progress.web;

import com.aidloop.disbursement.DeadlineRule;
import com.aidloop.disbursement.PaymentDeadlines;
import com.aidloop.disbursement.progress.DeadlineBook;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment deadlines (发放时限) of the reader's province: the deadline in force for the coming
 * terms and every recorded rule. Province staff with PROGRAMME_EDIT record new autumn rules;
 * everyone else with PAYOUT_VIEW or PROGRAMME_EDIT reads them (the autumn deadline is provincial
 * policy, so county staff may not change it).
 */
@Controller
class DeadlinePages {

    private final CurrentAccounts accounts;
    private final PaymentDeadlines deadlines;
    private final ChinaTime time;
    private final ProgrammeCatalogue catalogue;
    private final RegionManagement regions;
    private final SchoolManagement schools;

    DeadlinePages(
            CurrentAccounts accounts,
            PaymentDeadlines deadlines,
            ChinaTime time,
            ProgrammeCatalogue catalogue,
            RegionManagement regions,
            SchoolManagement schools) {
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.time = time;
        this.catalogue = catalogue;
        this.regions = regions;
        this.schools = schools;
    }

    /** One term's deadline for every programme at once, with the rule that set it. */
    record TermDeadlines(Term term, String general, List<String> overrides) {}

    /** A recorded rule as the history table shows it. */
    record RuleRow(String validFrom, String programme, String deadline, String recordedBy, String recordedAt) {}

    @GetMapping("/payout-deadlines")
    String page(Model model) {
        CurrentAccount account = accounts.current();
        String province = province(account);
        DeadlineBook book = deadlines.book(province);
        Term current = time.currentTerm();
        List<Term> terms = current.around(2, 1);
        List<ProgrammeInForce> programmes =
                catalogue.asOf(current, account.scope()).programmes();
        Map<String, String> names = programmes.stream()
                .collect(Collectors.toMap(
                        ProgrammeInForce::code, p -> p.programme().displayName(), (a, b) -> a));
        List<DeadlineRule> rules = deadlines.rules(province);
        model.addAttribute("province", regions.find(province).map(Region::name).orElse(province));
        model.addAttribute("mayEdit", mayEdit(account));
        model.addAttribute(
                "rules",
                rules.reversed().stream()
                        .map(r -> new RuleRow(
                                r.validFrom().label(),
                                r.programmeCode() == null
                                        ? "全部资助项目"
                                        : names.getOrDefault(r.programmeCode(), r.programmeCode()),
                                r.label(),
                                r.recordedBy(),
                                time.minute(r.recordedAt())))
                        .toList());
        model.addAttribute("names", names);
        model.addAttribute("programmes", programmes);
        model.addAttribute(
                "terms",
                terms.stream()
                        .map(t -> new TermDeadlines(
                                t,
                                book.deadlineFor(null, t).toString(),
                                rules.stream()
                                        .map(DeadlineRule::programmeCode)
                                        .filter(java.util.Objects::nonNull)
                                        .distinct()
                                        .map(code -> names.getOrDefault(code, code) + "：" + book.deadlineFor(code, t))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "autumnTerms",
                current.around(0, 2).reversed().stream()
                        .filter(t -> t.semester() == Term.Semester.AUTUMN)
                        .toList());
        return "disbursement/deadlines";
    }

    @PostMapping("/payout-deadlines")
    String record(
            @RequestParam String validFrom,
            @RequestParam(required = false) String programme,
            @RequestParam int month,
            @RequestParam int day,
            @RequestParam(defaultValue = "false") boolean followingYear,
            RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        if (!mayEdit(account)) {
            throw new AccessDeniedException("only province staff set payment deadlines");
        }
        Term from = Term.parse(validFrom);
        if (from.semester() != Term.Semester.AUTUMN || month < 1 || month > 12 || day < 1 || day > 31) {
            throw new InvalidValue("deadline.invalid");
        }
        String code = programme == null || programme.isBlank() ? null : programme.strip();
        DeadlineRule rule =
                deadlines.record(province(account), code, from, month, day, followingYear, account.username());
        String programmeName = code == null
                ? "全部资助项目"
                : catalogue.asOf(from, account.scope()).programmes().stream()
                        .filter(p -> p.code().equals(code))
                        .map(ProgrammeInForce::name)
                        .findFirst()
                        .orElse(code);
        redirect.addFlashAttribute("notice", "已保存发放时限：自" + from.label() + "起" + programmeName + "为" + rule.label());
        return "redirect:/payout-deadlines";
    }

    private static boolean mayEdit(CurrentAccount account) {
        return account.may(Permission.PROGRAMME_EDIT)
                && account.regionCode() != null
                && account.regionCode().length() == 2;
    }

    private String province(CurrentAccount account) {
        if (!account.may(Permission.PAYOUT_VIEW) && !account.may(Permission.PROGRAMME_EDIT)) {
            throw new AccessDeniedException("may not read payment deadlines");
        }
        String region = account.regionCode() != null
                ? account.regionCode()
                : account.schoolId() == null
                        ? null
                        : schools.byId(account.schoolId())
                                .map(SchoolView::townshipCode)
                                .orElse(null);
        if (region == null) {
            throw new AccessDeniedException("no province");
        }
        return region.substring(0, 2);
    }
}
