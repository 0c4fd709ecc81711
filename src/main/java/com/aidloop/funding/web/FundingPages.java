package com.aidloop.funding.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.funding.FundingReport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding-source report page (资金来源统计): a term's money by unit, programme and source,
 * allocated, confirmed, paid, unpaid, idle money flagged; and the same as the official .xlsx form.
 */
@Controller
class FundingPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FundingScopes scopes;
    private final AuditTrail audit;

    FundingPages(FundingScopes scopes, AuditTrail audit) {
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/funding-sources")
    String page(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String region,
            Model model) {
        FundingReport report = scopes.report(term, FundingScopes.level(level), region);
        model.addAttribute("report", report);
        model.addAttribute("documentTitle", FundingWorkbook.title(report));
        model.addAttribute("term", report.term());
        model.addAttribute("terms", scopes.terms(report.term()));
        model.addAttribute("level", report.level());
        model.addAttribute("region", region);
        model.addAttribute("divisions", scopes.divisions());
        return "funding/report";
    }

    @GetMapping("/funding-sources.xlsx")
    void workbook(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String region,
            HttpServletResponse response)
            throws IOException {
        download(scopes, audit, term, level, region, response);
    }

    /** Writes the report's form as the response, audited. Shared with the API. */
    static void download(
            FundingScopes scopes,
            AuditTrail audit,
            String term,
            String level,
            String region,
            HttpServletResponse response)
            throws IOException {
        FundingReport report = scopes.report(term, FundingScopes.level(level), region);
        String title = FundingWorkbook.title(report);
        String reportingUnit = scopes.schoolReader() ? report.unitName() : report.unitName() + "学生资助管理中心";
        audit.record(AuditRecord.of(
                "EXPORT", "funding_report", report.term().code(), "导出" + title + "（" + report.level() + "）"));
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        FundingWorkbook.write(reportingUnit, report, response.getOutputStream());
    }
}
