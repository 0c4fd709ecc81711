package com.aidloop.comparison.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.RegisterLine;
import com.aidloop.comparison.RegisterStatus;
import com.aidloop.comparison.SpecialDifficultyRegistry;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.Downloads;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The special-difficulty register page (特殊困难学生数据库): the scope's students found on support
 * lists, masked, filtered by school, township or status, exported as .xlsx (audited); and the
 * matches held because the names differ, confirmed or rejected by the region's staff.
 */
@Controller
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
class RegisterPages {

    private final SpecialDifficultyRegistry registry;
    private final CurrentAccounts accounts;
    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final AuditTrail audit;

    RegisterPages(
            SpecialDifficultyRegistry registry,
            CurrentAccounts accounts,
            SchoolManagement schools,
            RegionManagement regions,
            AuditTrail audit) {
        this.registry = registry;
        this.accounts = accounts;
        this.schools = schools;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/comparison/register")
    String page(
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            @RequestParam(required = false) String status,
            Model model) {
        CurrentAccount account = accounts.current();
        List<RegisterLine> lines = registry.lines(account, school, blank(township), status(status));
        model.addAttribute("lines", lines);
        model.addAttribute("held", registry.held(account));
        model.addAttribute("schools", schools.choices(account.scope()));
        model.addAttribute(
                "townships",
                account.schoolId() == null
                                && account.regionCode() != null
                                && account.regionCode().length() == 6
                        ? regions.children(account.regionCode())
                        : List.of());
        model.addAttribute("statuses", RegisterStatus.values());
        model.addAttribute("school", school);
        model.addAttribute("township", township);
        model.addAttribute("status", status);
        return "comparison/register";
    }

    @GetMapping("/comparison/register.xlsx")
    void export(
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            @RequestParam(required = false) String status,
            HttpServletResponse response)
            throws IOException {
        CurrentAccount account = accounts.current();
        List<RegisterLine> lines = registry.lines(account, school, blank(township), status(status));
        audit.record(AuditRecord.of("EXPORT", "comparison_register", "-", "导出特殊困难学生数据库，" + lines.size() + "条"));
        Downloads.xlsx(response, "特殊困难学生数据库.xlsx");
        RegisterWorkbook.write(lines, response.getOutputStream());
    }

    @PostMapping("/comparison/held/{id}/{decision:confirm|reject}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
    String decide(
            @PathVariable long id,
            @PathVariable String decision,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String listName,
            RedirectAttributes redirect) {
        boolean same = "confirm".equals(decision);
        try {
            registry.decide(id, same, accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(same ? "comparison.held.confirmed" : "comparison.held.rejected", name, listName));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
        }
        return "redirect:/comparison/register";
    }

    static RegisterStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (RegisterStatus s : RegisterStatus.values()) {
            if (s.name().equals(raw) || s.label().equals(raw)) {
                return s;
            }
        }
        return null;
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
