package com.aidloop.identification.figures.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.figures.FiguresWorkbook;
import com.aidloop.identification.figures.IdentificationFigures;
import com.aidloop.platform.Downloads;
import com.aidloop.region.RegionManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The identification figures (认定统计) of the county, city and province staff and the reviewers
 * of a county or township (each sees its own scope): applications and results of a school year by
 * township, school, stage and level with ECharts charts, three-party review's progress by
 * township, and the official-layout export.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF','COUNTY_REVIEWER','TOWNSHIP_REVIEWER')")
class IdentificationFiguresPages {

    private final IdentificationFigures figures;
    private final CurrentAccounts accounts;
    private final RegionManagement regions;
    private final AuditTrail audit;

    IdentificationFiguresPages(
            IdentificationFigures figures, CurrentAccounts accounts, RegionManagement regions, AuditTrail audit) {
        this.figures = figures;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/identification/figures")
    String page(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String region, Model model) {
        CurrentAccount account = accounts.current();
        model.addAttribute("figures", figures.of(yearOrCurrent(year), region, account));
        model.addAttribute("years", figures.schoolYears(account));
        model.addAttribute("areas", figures.areas(account));
        return "identification/figures";
    }

    @GetMapping("/api/v1/identification/figures")
    @ResponseBody
    IdentificationFigures.Figures api(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String region) {
        return figures.of(yearOrCurrent(year), region, accounts.current());
    }

    @GetMapping("/identification/figures.xlsx")
    void export(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            HttpServletResponse response)
            throws IOException {
        CurrentAccount account = accounts.current();
        IdentificationFigures.Figures f = figures.of(yearOrCurrent(year), region, account);
        String unit = account.regionCode() == null ? "" : regions.fullName(account.regionCode());
        audit.record(AuditRecord.of(
                "EXPORT",
                "identification_figures",
                f.schoolYear(),
                "导出" + f.schoolYearLabel() + FiguresWorkbook.TITLE
                        + (f.regionName() == null ? "" : "（" + f.regionName() + "）")));
        Downloads.xlsx(response, FiguresWorkbook.fileName(unit, f));
        FiguresWorkbook.write(unit, f, LocalDate.now(ZoneId.of("Asia/Shanghai")), response.getOutputStream());
    }

    private static int yearOrCurrent(Integer year) {
        return year == null || year < 2000 || year > 2100 ? Applications.currentSchoolYear() : year;
    }
}
