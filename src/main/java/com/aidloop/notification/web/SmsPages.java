package com.aidloop.notification.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.notification.SmsGatewayMissing;
import com.aidloop.notification.SmsNotResendable;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.SmsStatusReport;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SMS status page (短信发送情况): messages inside the account's scope with filters and counts by
 * status; county staff send failed or not sent messages, one or a whole batch, once a gateway is
 * configured. Without one the page says so, and every message reads 未发送（未配置短信网关）.
 */
@Controller
@RequestMapping("/notifications/sms")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
class SmsPages {

    private final SmsOutbox outbox;
    private final CurrentAccounts accounts;

    SmsPages(SmsOutbox outbox, CurrentAccounts accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @ModelAttribute("statuses")
    SmsStatus[] statuses() {
        return SmsStatus.values();
    }

    @GetMapping
    String list(
            SmsQuery query,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Paging paging = Paging.of(page, size);
        SmsStatusReport report;
        try {
            report = outbox.search(query.filter(), accounts.current().scope(), paging);
        } catch (InvalidValue invalid) {
            model.addAttribute("filterError", invalid.getLocalizedMessage());
            report = new SmsStatusReport(Map.of(), Paged.of(List.of(), 0, paging));
        }
        model.addAttribute("query", query);
        model.addAttribute("report", report);
        model.addAttribute("unsentCount", report.count(SmsStatus.FAILED) + report.count(SmsStatus.NOT_SENT));
        model.addAttribute("gatewayConfigured", outbox.gatewayConfigured());
        model.addAttribute("links", new PageLinks(report.messages(), "/notifications/sms", query.asQuery()));
        return "notifications/list";
    }

    @PostMapping("/{id}/resend")
    @PreAuthorize("hasRole('COUNTY_STAFF')")
    String resend(@PathVariable long id, SmsQuery query, RedirectAttributes redirect) {
        try {
            outbox.resend(id, accounts.current().scope());
            redirect.addFlashAttribute("notice", Messages.format("sms.resent"));
        } catch (SmsNotResendable | SmsGatewayMissing refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return back(query, redirect);
    }

    @PostMapping("/resend")
    @PreAuthorize("hasRole('COUNTY_STAFF')")
    String resendBatch(SmsQuery query, RedirectAttributes redirect) {
        String batch = query.batch() == null ? "" : query.batch().strip();
        int resent;
        try {
            resent = batch.isEmpty()
                    ? 0
                    : outbox.resendFailed(batch, accounts.current().scope());
        } catch (SmsGatewayMissing missing) {
            redirect.addFlashAttribute("problem", missing.getLocalizedMessage());
            return back(query, redirect);
        }
        redirect.addFlashAttribute(
                resent > 0 ? "notice" : "problem",
                resent > 0
                        ? Messages.format("sms.resentBatch", batch, String.valueOf(resent))
                        : Messages.format("sms.resentNone", batch));
        return back(query, redirect);
    }

    private String back(SmsQuery query, RedirectAttributes redirect) {
        query.asQuery().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                redirect.addAttribute(name, value);
            }
        });
        return "redirect:/notifications/sms";
    }
}
