package com.aidloop.identification.window;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.platform.ChinaTime;
import com.aidloop.registry.FamilyStudents;
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

/**
 * 认定年度: the county opens and closes its year and sees how many guardians were told and how many
 * late windows its schools opened; a school sees its county's window and its own late windows,
 * and opens one for a student (from the student's page).
 */
@Controller
@RequestMapping("/identification/windows")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_YEAR','FAMILY_INVITE','STUDENT_VIEW')")
class WindowPages {

    private final IdentificationWindows windows;
    private final FamilyStudents students;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    WindowPages(IdentificationWindows windows, FamilyStudents students, CurrentAccounts accounts, ChinaTime time) {
        this.windows = windows;
        this.students = students;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping
    String list(Model model) {
        CurrentAccount account = accounts.current();
        List<IdentificationWindow> visible = windows.visibleTo(account);
        LocalDate today = time.today();
        model.addAttribute("windows", visible);
        model.addAttribute("today", today);
        model.addAttribute("lateCounts", windows.lateCounts(visible));
        model.addAttribute(
                "mayOpen",
                account.may(Permission.IDENTIFICATION_YEAR)
                        && account.regionCode() != null
                        && account.regionCode().length() == 6);
        model.addAttribute(
                "nextYear", time.currentTerm().schoolYearTerms().getFirst().year());
        model.addAttribute("defaultStart", today);
        model.addAttribute("defaultEnd", today.plusDays(30));
        if (account.schoolId() != null) {
            List<LateWindow> late = windows.lateOfSchool(account.schoolId());
            model.addAttribute("late", late);
            model.addAttribute(
                    "lateNames",
                    students.students(late.stream().map(LateWindow::studentId).toList()).stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    FamilyStudents.FamilyStudent::id, FamilyStudents.FamilyStudent::name)));
        }
        return "identification/windows";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String open(
            @RequestParam int schoolYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        try {
            IdentificationWindow window = windows.open(accounts.current(), schoolYear, startsOn, endsOn);
            redirect.addFlashAttribute(
                    "notice", Messages.format("window.opened", window.label(), window.guardiansNotified()));
        } catch (WindowRefused refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/identification/windows";
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        IdentificationWindow window = windows.close(id, accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("window.closed", window.label()));
        return "redirect:/identification/windows";
    }

    @GetMapping("/late")
    @PreAuthorize("hasAuthority('FAMILY_INVITE')")
    String lateForm(@RequestParam long student, Model model) {
        model.addAttribute("student", schoolsOwn(student));
        model.addAttribute("defaultEnd", time.today().plusDays(14));
        return "identification/late-window";
    }

    @PostMapping("/late")
    @PreAuthorize("hasAuthority('FAMILY_INVITE')")
    String openLate(
            @RequestParam long student,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            Model model,
            RedirectAttributes redirect) {
        try {
            LateWindow late = windows.openLate(student, reason, endsOn, accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("window.lateOpened", late.endsOn()));
            return "redirect:/identification/windows";
        } catch (WindowRefused refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("problem", refused.getLocalizedMessage());
            model.addAttribute("reason", reason);
            return lateForm(student, model);
        }
    }

    private FamilyStudents.FamilyStudent schoolsOwn(long studentId) {
        Long school = accounts.current().schoolId();
        return students.student(studentId)
                .filter(s -> school != null && s.schoolId() == school)
                .orElseThrow(() -> WindowRefused.notFound(studentId));
    }
}
