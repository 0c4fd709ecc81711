package com.aidloop.spreadsheet;

import com.aidloop.shared.ImportProblem;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The error workbook of an import (错误数据): the uploaded rows that have problems, as uploaded,
 * with 原行号 in front and 错误原因 at the end ("列：说明；…", a warning marked （提示）), ready to be
 * corrected and uploaded again. Imports read both added columns as no column of theirs.
 */
public final class ErrorWorkbook {

    public static final String ROW = "原行号";
    public static final String REASON = "错误原因";

    /** One uploaded row: its number as the spreadsheet showed it and its cells in the workbook's column order. */
    public record Row(int number, List<?> cells) {

        @Override
        public String toString() {
            return "Row[" + number + "]";
        }
    }

    private final Map<Integer, StringBuilder> reasons = new HashMap<>();

    /** Adds a problem to its row's reason; a problem of the whole file (row 0) names no row. */
    public void add(ImportProblem p) {
        if (p.row() <= 0) {
            return;
        }
        StringBuilder reason = reasons.computeIfAbsent(p.row(), r -> new StringBuilder());
        reason.append(reason.isEmpty() ? "" : "；")
                .append(p.column() == null ? "" : p.column() + "：")
                .append(p.message())
                .append(p.error() ? "" : "（提示）");
    }

    /** Writes the rows that have a reason, in the order given, under the uploaded columns. */
    public void write(List<Column> uploaded, Stream<Row> rows, OutputStream out) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.integer(ROW).withWidth(8));
        columns.addAll(uploaded);
        columns.add(Column.text(REASON).withWidth(60));
        Stream<List<?>> withReasons = rows.filter(r -> reasons.containsKey(r.number()))
                .map(r -> {
                    List<Object> values = new ArrayList<>();
                    values.add(r.number());
                    values.addAll(r.cells());
                    values.add(reasons.get(r.number()).toString());
                    return values;
                });
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet("错误数据", columns, withReasons);
            writer.writeTo(out);
        }
    }
}
