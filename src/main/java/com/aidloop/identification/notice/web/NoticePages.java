package com.aidloop.identification.notice.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.Notice;
import com.aidloop.identification.notice.NoticeRefused;
import com.aidloop.identification.notice.Objections;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 认定公示与异议 for the school: publish a notice of a class, grade or the school, see its link,
 * access code, names and objections (overdue flagged), and print the A4 notice with its QR code
 * and the objection register. County staff read their region's notices.
 */
@Controller
@RequestMapping("/identification/notices")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_YEAR')")
class NoticePages {

    private final PublicNotices notices;
    private final Objections objections;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    NoticePages(PublicNotices notices, Objections objections, CurrentAccounts accounts, ChinaTime time) {
        this.notices = notices;
        this.objections = objections;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping
    String list(Model model) {
        CurrentAccount account = accounts.current();
        List<Notice> visible = notices.list(account);
        int year = Applications.currentSchoolYear();
        model.addAttribute("notices", visible);
        model.addAttribute("counts", notices.objectionCounts(visible));
        model.addAttribute("today", time.today());
        model.addAttribute("schoolYear", year);
        model.addAttribute("mayPublish", account.may(Permission.IDENTIFICATION_DECIDE) && account.schoolId() != null);
        model.addAttribute("classes", notices.classes(account, year));
        model.addAttribute("coverages", Coverage.values());
        return "identification/notices";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String publish(
            @RequestParam int schoolYear,
            @RequestParam(required = false) Coverage coverage,
            @RequestParam(defaultValue = "") String gradeAndClass,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            RedirectAttributes redirect) {
        String[] parts = gradeAndClass.split("\\|", 2);
        try {
            Notice notice = notices.publish(
                    new PublicNotices.Publication(
                            schoolYear,
                            coverage,
                            parts[0],
                            parts.length > 1 ? parts[1] : null,
                            startsOn == null ? time.today() : startsOn),
                    accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(
                            "notice.published",
                            notice.period().startsOn(),
                            notice.period().endsOn(),
                            notice.period().workingDays()));
            return "redirect:/identification/notices/" + notice.id();
        } catch (NoticeRefused refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return "redirect:/identification/notices";
        }
    }

    @GetMapping("/{id}")
    String notice(@PathVariable long id, Model model) {
        Notice notice = notices.get(id, accounts.current());
        model.addAttribute("n", notice);
        model.addAttribute("lines", notices.lines(id));
        model.addAttribute("objections", objections.ofNotice(id));
        model.addAttribute("today", time.today());
        model.addAttribute("link", link(notice));
        return "identification/notice";
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        Notice notice = notices.get(id, accounts.current());
        String link = link(notice);
        model.addAttribute("n", notice);
        model.addAttribute("lines", notices.lines(id));
        model.addAttribute("link", link);
        model.addAttribute("qr", QrCode.dataUri(link, 240));
        return "identification/notice-print";
    }

    @GetMapping("/{id}/register")
    String register(@PathVariable long id, Model model) {
        Notice notice = notices.get(id, accounts.current());
        model.addAttribute("n", notice);
        model.addAttribute("objections", objections.ofNotice(id));
        model.addAttribute("today", time.today());
        return "identification/objection-register";
    }

    static String link(Notice notice) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/notice/{token}")
                .buildAndExpand(notice.token())
                .toUriString();
    }
}
