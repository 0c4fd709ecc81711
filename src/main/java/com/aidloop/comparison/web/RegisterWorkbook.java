package com.aidloop.comparison.web;

import com.aidloop.comparison.RegisterLine;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/** The register as an .xlsx: masked as on the page, one line per student and category. */
final class RegisterWorkbook {

    static final List<Column> COLUMNS = List.of(
            Column.text("学校"),
            Column.text("学生姓名"),
            Column.text("身份证号（脱敏）"),
            Column.text("困难类别"),
            Column.text("数据来源"),
            Column.date("数据截止日期"),
            Column.text("比对对象"),
            Column.text("名单属性"),
            Column.text("状态"),
            Column.text("依据"));

    private RegisterWorkbook() {}

    static void write(List<RegisterLine> lines, OutputStream out) {
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet(
                    "特殊困难学生数据库",
                    COLUMNS,
                    lines.stream()
                            .map(l -> Arrays.<Object>asList(
                                    l.schoolName(),
                                    l.studentName(),
                                    l.idNumberMasked(),
                                    l.categoryName(),
                                    l.source(),
                                    l.asOf(),
                                    l.via(),
                                    l.attributes(),
                                    l.status().label(),
                                    l.reason())));
            writer.writeTo(out);
        }
    }
}
