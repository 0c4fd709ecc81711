package com.aidloop.workbench;

import com.aidloop.disbursement.LatePayments;
import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.iam.Role;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.identification.window.IdentificationWindows;
import com.aidloop.region.RegionManagement;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page every staff member lands on after login. */
@Controller
class WorkbenchController {

    private final CurrentAccounts accounts;
    private final RegionManagement regions;
    private final ScopeFigures figures;
    private final LatePayments latePayments;
    private final PayoutRounds rounds;
    private final IdentificationWindows windows;
    private final ThreePartyReviews threeParty;

    WorkbenchController(
            CurrentAccounts accounts,
            RegionManagement regions,
            ScopeFigures figures,
            LatePayments latePayments,
            PayoutRounds rounds,
            IdentificationWindows windows,
            ThreePartyReviews threeParty) {
        this.windows = windows;
        this.threeParty = threeParty;
        this.accounts = accounts;
        this.regions = regions;
        this.figures = figures;
        this.latePayments = latePayments;
        this.rounds = rounds;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("account", account);
        model.addAttribute("roles", account.roles().stream().map(Role::label).collect(Collectors.joining("、")));
        model.addAttribute("scopeName", account.regionCode() == null ? null : regions.fullName(account.regionCode()));
        model.addAttribute("figures", figures.of(account));
        // progress: late payout items (发放逾期) of the scope
        boolean payouts =
                account.may(Permission.PAYOUT_VIEW) && !account.scope().isNothing();
        model.addAttribute("latePayments", payouts ? latePayments.of(account.scope()) : null);
        // 待办: payout rounds and batches made by others, waiting for this account's approval
        model.addAttribute(
                "approvalTasks",
                account.may(Permission.PAYOUT_APPROVE) && !account.scope().isNothing()
                        ? rounds.awaitingApprovalBy(account)
                        : null);
        // the newest identification year of the account's county, for county and school staff
        model.addAttribute(
                "identificationWindow",
                account.may(Permission.IDENTIFICATION_YEAR) || account.may(Permission.FAMILY_INVITE)
                        ? windows.newestToday(account).orElse(null)
                        : null);
        // 待办: applications waiting at the account's step of three-party review (三方会审), overdue ones counted
        model.addAttribute(
                "threePartyCounts",
                ThreePartyReviews.stepOf(account) != null && !account.scope().isNothing()
                        ? threeParty.counts(account)
                        : null);
        return "workbench/home";
    }
}
