package com.aidloop.school.accounts;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.BulkAccounts;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Role;
import com.aidloop.school.SchoolView;
import com.aidloop.school.accounts.AccountsForCounty.Kind;
import com.aidloop.shared.InvalidValue;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量开通账号 for the security administrator: accounts for every school, township or village of a
 * county at once, answered with a printable sheet of slips (one per account, its one-time
 * password shown this once and never again: the page is not cached and not kept); and 批量停用
 * at the end of a term of office, after a confirmation that states how many accounts it ends.
 */
@Controller
@RequestMapping("/admin/account-batches")
@PreAuthorize("hasAuthority('ACCOUNT_ADMIN')")
class AccountBatchPages {

    private final AccountsForCounty county;
    private final BulkAccounts bulk;
    private final CurrentAccounts accounts;
    private final PasswordsBySms sms;

    AccountBatchPages(AccountsForCounty county, BulkAccounts bulk, CurrentAccounts accounts, PasswordsBySms sms) {
        this.county = county;
        this.bulk = bulk;
        this.accounts = accounts;
        this.sms = sms;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", Kind.values());
        return "account-batches/form";
    }

    /**
     * Opens the accounts and shows their slips once; with {@code delivery=sms} the school
     * accounts' passwords go by SMS to the schools' contact mobiles instead (slips left only for
     * schools without one).
     */
    @PostMapping
    String open(
            @RequestParam String region,
            @RequestParam Kind kind,
            @RequestParam(defaultValue = "slips") String delivery,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        List<BulkAccounts.Wanted> wanted;
        try {
            wanted = county.wanted(kind, region);
        } catch (InvalidValue invalid) {
            redirect.addFlashAttribute("problem", invalid.getLocalizedMessage());
            return "redirect:/admin/account-batches";
        }
        String where = county.nameOf(region.strip());
        boolean bySms = "sms".equals(delivery) && kind == Kind.SCHOOLS;
        PasswordsBySms.Delivered delivered = bySms
                ? sms.open(wanted, where + kind.label())
                : new PasswordsBySms.Delivered(bulk.open(wanted, where + kind.label()), Map.of());
        BulkAccounts.Batch batch = delivered.batch();
        model.addAttribute("sentTo", delivered.sentTo());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("where", where);
        model.addAttribute("kind", kind);
        model.addAttribute("batch", batch);
        return "account-batches/slips";
    }

    /** Shows how many enabled accounts a bulk disable would end, and which. */
    @GetMapping("/disable")
    String confirmDisable(@RequestParam String region, @RequestParam Role role, Model model) {
        List<BulkAccounts.Holder> holders = bulk.enabledHolders(role, region.strip(), schoolIds(role, region));
        model.addAttribute("region", region.strip());
        model.addAttribute("where", whereOf(region));
        model.addAttribute("role", role);
        model.addAttribute("holders", holders);
        return "account-batches/disable";
    }

    @PostMapping("/disable")
    String disable(
            @RequestParam String region,
            @RequestParam Role role,
            @RequestParam int confirmed,
            RedirectAttributes redirect) {
        try {
            int done = bulk.disable(
                    accounts.current().id(),
                    role,
                    region.strip(),
                    schoolIds(role, region),
                    confirmed,
                    whereOf(region) + role.label());
            redirect.addFlashAttribute("done", "已停用" + done + "个账号（" + whereOf(region) + role.label() + "）");
        } catch (AccountRuleBroken refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/admin/account-batches";
    }

    private List<Long> schoolIds(Role role, String region) {
        return role == Role.SCHOOL_STAFF
                ? county.schoolsOf(region.strip()).stream().map(SchoolView::id).toList()
                : List.of();
    }

    private String whereOf(String region) {
        try {
            return county.nameOf(region.strip());
        } catch (RuntimeException unknown) {
            return region.strip();
        }
    }
}
