package com.aidloop.comparison.web;

import com.aidloop.comparison.worklist.WorklistItem;
import com.aidloop.comparison.worklist.WorklistKind;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A worklist in the official printed layout (title, 填报单位, 序号, signature lines), masked as on the page. */
final class WorklistWorkbook {

    private WorklistWorkbook() {}

    static final List<Column> COLUMNS = List.of(
            Column.text("学校").withWidth(24),
            Column.text("学生姓名"),
            Column.text("身份证号（脱敏）").withWidth(20),
            Column.text("核查对象"),
            Column.text("对象身份证号（脱敏）").withWidth(20),
            Column.text("名单类别"),
            Column.text("数据来源"),
            Column.date("数据截止日期"),
            Column.text("名单属性").withWidth(24),
            Column.text("去向"),
            Column.text("状态"),
            Column.text("处理结果"),
            Column.text("说明").withWidth(24),
            Column.text("家访记录").withWidth(30));

    static void write(WorklistKind kind, String unit, LocalDate today, List<WorklistItem> items, OutputStream out) {
        String title = unit + (kind == WorklistKind.UNAIDED ? "应助未助学生核查表" : "受助学生四项比对核查表");
        OfficialRosterWriter.write(
                new RosterHeading(title, unit, today),
                COLUMNS,
                items.stream()
                        .map(i -> Arrays.<Object>asList(
                                i.schoolName(),
                                i.studentName(),
                                i.idNumberMasked(),
                                i.subjectName() + "（" + i.via() + "）",
                                i.subjectMasked() == null ? "" : i.subjectMasked(),
                                i.category(),
                                i.department(),
                                i.asOf(),
                                i.attributes(),
                                i.route(),
                                i.status(),
                                i.outcome() == null ? "" : i.outcome().label(),
                                i.note() == null ? "" : i.note(),
                                i.visit())),
                out);
    }
}
