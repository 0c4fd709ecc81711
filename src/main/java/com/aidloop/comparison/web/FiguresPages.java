package com.aidloop.comparison.web;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.figures.CoverageFigures;
import com.aidloop.comparison.figures.CoverageRow;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.Downloads;
import com.aidloop.region.RegionManagement;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The county's coverage figures (资助覆盖统计): special groups identified and aided by school and
 * township with ECharts charts, worklist items open and closed, and the official-layout export.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
class FiguresPages {

    private final CoverageFigures figures;
    private final CurrentAccounts accounts;
    private final RegionManagement regions;
    private final AuditTrail audit;
    private final ChinaTime time;

    FiguresPages(
            CoverageFigures figures,
            CurrentAccounts accounts,
            RegionManagement regions,
            AuditTrail audit,
            ChinaTime time) {
        this.time = time;
        this.figures = figures;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/comparison/figures")
    String page(Model model) {
        model.addAttribute("figures", figures.of(accounts.current()));
        return "comparison/figures";
    }

    @GetMapping("/api/v1/comparison/figures")
    @ResponseBody
    CoverageFigures.Figures api() {
        return figures.of(accounts.current());
    }

    @GetMapping("/comparison/figures.xlsx")
    void export(HttpServletResponse response) throws IOException {
        CurrentAccount account = accounts.current();
        CoverageFigures.Figures f = figures.of(account);
        String unit = account.regionCode() == null ? "" : regions.fullName(account.regionCode());
        audit.record(AuditRecord.of("EXPORT", "comparison_figures", "-", "导出特殊困难群体资助覆盖统计表"));
        Downloads.xlsx(response, "特殊困难群体资助覆盖统计表.xlsx");
        List<Column> columns = List.of(
                Column.text("学校").withWidth(28),
                Column.integer("在册及过渡期学生"),
                Column.integer("已认定"),
                Column.integer("已资助"),
                Column.integer("已认定或资助"),
                Column.text("覆盖率（%）"),
                Column.integer("脱贫户（建档立卡）学生"),
                Column.integer("其中已资助"),
                Column.text("建档立卡资助覆盖率（%）"));
        Stream<List<Object>> rows =
                Stream.concat(f.bySchool().stream(), Stream.of(f.total())).map(FiguresPages::row);
        OfficialRosterWriter.write(
                new RosterHeading(unit + f.schoolYear() + "特殊困难群体学生资助覆盖统计表", unit, time.today()),
                columns,
                rows,
                response.getOutputStream());
    }

    private static List<Object> row(CoverageRow r) {
        return Arrays.asList(
                r.name(),
                r.listed(),
                r.identified(),
                r.aided(),
                r.covered(),
                r.coverage().toPlainString(),
                r.poverty(),
                r.povertyAided(),
                r.povertyCoverage().toPlainString());
    }
}
