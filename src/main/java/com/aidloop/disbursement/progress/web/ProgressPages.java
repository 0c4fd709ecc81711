package com.aidloop.disbursement.progress.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.ProgressReport;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.disbursement.progress.PayoutScopes;
import com.aidloop.disbursement.progress.ProgressRows;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.Downloads;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The progress page (发放进度): every school and programme of a term in the reader's scope,
 * late items first (or by school), paged, with a totals row, or grouped by township with each
 * township's totals (按乡镇); and the same as an .xlsx table.
 */
@Controller
class ProgressPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PayoutScopes scopes;
    private final PaymentProgress progress;
    private final AuditTrail audit;

    ProgressPages(PayoutScopes scopes, PaymentProgress progress, AuditTrail audit) {
        this.scopes = scopes;
        this.progress = progress;
        this.audit = audit;
    }

    @GetMapping("/payout-progress")
    String page(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        DataScope scope = scopes.of(region);
        Term chosen = PayoutScopes.termOr(term, progress.today());
        ProgressReport report = progress.report(chosen, scope);
        grouped(model, report, scope, view);
        boolean bySchool = "school".equals(sort);
        List<ProgressRow> rows = new ArrayList<>(report.rows());
        if (bySchool) {
            rows.sort(ProgressRows.BY_SCHOOL);
        }
        Paging paging = Paging.of(page, size);
        int from = (int) Math.min(paging.offset(), rows.size());
        Paged<ProgressRow> shown =
                Paged.of(rows.subList(from, Math.min(from + paging.size(), rows.size())), rows.size(), paging);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("term", chosen.code());
        query.put("region", region);
        query.put("sort", bySchool ? "school" : null);
        query.put("view", "township".equals(model.getAttribute("view")) ? "township" : null);
        model.addAttribute("report", report);
        model.addAttribute("rows", shown);
        model.addAttribute("links", new PageLinks(shown, "/payout-progress", query));
        model.addAttribute("documentTitle", ProgressWorkbook.title(scopes.unitName(scope), report));
        model.addAttribute("term", chosen);
        model.addAttribute("terms", PayoutScopes.choices(chosen, report.today()));
        model.addAttribute("region", region);
        model.addAttribute("sort", bySchool ? "school" : "lateness");
        model.addAttribute("divisions", scopes.divisions());
        return "disbursement/progress";
    }

    /** 按学校 (paged rows) or 按乡镇 (every row under its township's totals); a school reader sees its own rows only. */
    private void grouped(Model model, ProgressReport report, DataScope scope, String view) {
        boolean byTownship = "township".equals(view) && scope.schoolId() == null;
        model.addAttribute("view", byTownship ? "township" : "school");
        model.addAttribute("mayGroup", scope.schoolId() == null);
        if (byTownship) {
            List<Long> schools =
                    report.rows().stream().map(ProgressRow::schoolId).distinct().toList();
            model.addAttribute("groups", TownshipGroups.of(report, scopes.townships(schools)));
        }
    }

    @GetMapping("/payout-progress.xlsx")
    void workbook(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String region,
            HttpServletResponse response)
            throws IOException {
        download(scopes, progress, audit, term, region, response);
    }

    /** Writes the workbook of the term and scope as the response, audited. Shared with the API. */
    static void download(
            PayoutScopes scopes,
            PaymentProgress progress,
            AuditTrail audit,
            String term,
            String region,
            HttpServletResponse response)
            throws IOException {
        DataScope scope = scopes.of(region);
        Term chosen = PayoutScopes.termOr(term, progress.today());
        ProgressReport report = progress.report(chosen, scope);
        String unit = scopes.unitName(scope);
        String title = ProgressWorkbook.title(unit, report);
        String reportingUnit = scope.schoolId() != null ? unit : unit + "学生资助管理中心";
        audit.record(AuditRecord.of(
                "EXPORT",
                "payout_progress",
                chosen.code(),
                "导出" + title + "（"
                        + (scope.schoolId() != null ? "school:" + scope.schoolId() : "region:" + scope.regionPrefix())
                        + "）"));
        Downloads.xlsx(response, title + ".xlsx");
        ProgressWorkbook.write(title, reportingUnit, report, response.getOutputStream());
    }
}
