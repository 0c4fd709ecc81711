package com.aidloop.disbursement.progress.web;

import com.aidloop.disbursement.ProgressReport;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.OutputStream;
import java.util.List;

/**
 * The progress as an official table (.xlsx): title "平江县2026年春季学期学生资助资金发放进度表",
 * 填报单位 and 单位：元, one row per school and programme, 合计 of every money column, signatures.
 */
final class ProgressWorkbook {

    static final List<Column> COLUMNS = List.of(
            Column.text("学校").withWidth(28),
            Column.text("资助项目").withWidth(30),
            Column.integer("计划人数"),
            Column.money("计划金额（元）"),
            Column.integer("已入批次人数"),
            Column.money("已入批次金额（元）"),
            Column.integer("已发放人数"),
            Column.money("已发放金额（元）"),
            Column.integer("发放失败人数"),
            Column.money("发放失败金额（元）"),
            Column.integer("未发放人数"),
            Column.money("未发放金额（元）"),
            Column.text("发放时限"),
            Column.text("剩余/逾期天数"),
            Column.text("状态"));

    private ProgressWorkbook() {}

    static String title(String unit, ProgressReport report) {
        return unit + report.term().label() + "学生资助资金发放进度表";
    }

    static RosterSummary write(String title, String reportingUnit, ProgressReport report, OutputStream out) {
        return OfficialRosterWriter.write(
                new RosterHeading(title, reportingUnit, report.today()),
                COLUMNS,
                report.rows().stream().map(ProgressWorkbook::cells),
                out);
    }

    private static List<Object> cells(ProgressRow row) {
        return List.of(
                row.schoolName(),
                row.programmeName(),
                row.planned().count(),
                row.planned().amount(),
                row.inBatch().count(),
                row.inBatch().amount(),
                row.paid().count(),
                row.paid().amount(),
                row.failed().count(),
                row.failed().amount(),
                row.outstanding().count(),
                row.outstanding().amount(),
                row.deadline().toString(),
                days(row),
                status(row));
    }

    static String days(ProgressRow row) {
        return row.daysLeft() < 0 ? "逾期" + row.daysLate() + "天" : "剩余" + row.daysLeft() + "天";
    }

    static String status(ProgressRow row) {
        if (row.late()) {
            return "逾期";
        }
        return row.outstanding().amount().yuan().signum() <= 0 && row.planned().count() > 0 ? "已发放完毕" : "进行中";
    }
}
