package com.aidloop.funding.web;

import com.aidloop.funding.FundingReport;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The funding-source report as an official form (.xlsx): title "平江县2026年春季学期学生资助资金来源统计表",
 * 填报单位 and 单位：元, one row per unit, programme and source, 合计 of every money column, the
 * signature lines and 填报日期. Below the county no money is allocated: those columns are left out.
 */
final class FundingWorkbook {

    private FundingWorkbook() {}

    static String title(FundingReport report) {
        return report.unitName() + report.term().label() + "学生资助资金来源统计表";
    }

    static List<Column> columns(FundingReport report) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(report.levelLabel()).withWidth(24));
        columns.add(Column.text("资助项目").withWidth(30));
        columns.add(Column.text("资金来源").withWidth(10));
        if (report.byCounty()) {
            columns.add(Column.money("下达资金"));
        }
        columns.add(Column.money("已确认应发"));
        columns.add(Column.money("已发放"));
        columns.add(Column.money("未发放"));
        if (report.byCounty()) {
            columns.add(Column.money("闲置沉淀"));
            columns.add(Column.text("说明").withWidth(40));
        }
        return columns;
    }

    static RosterSummary write(String reportingUnit, FundingReport report, OutputStream out) {
        return OfficialRosterWriter.write(
                new RosterHeading(title(report), reportingUnit, report.today()),
                columns(report),
                report.rows().stream().map(row -> cells(report, row)),
                out);
    }

    private static List<Object> cells(FundingReport report, FundingReport.Row row) {
        List<Object> cells = new ArrayList<>(Arrays.asList(row.unitName(), row.programmeName(), row.sourceLabel()));
        if (report.byCounty()) {
            cells.add(row.allocated());
        }
        cells.addAll(Arrays.asList(row.confirmed(), row.paid(), row.unpaid()));
        if (report.byCounty()) {
            cells.add(row.idle());
            cells.add(row.idleReason());
        }
        return cells;
    }
}
