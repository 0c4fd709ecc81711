package com.aidloop.disbursement.bankfile;

import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import com.aidloop.spreadsheet.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The .xlsx layouts: with a title, 单位：元 and a 合计 row (the official roster layout) or a plain
 * header row. Card numbers and references are text cells; text that would run as a formula is
 * escaped by the spreadsheet module. The workbook is made reproducible afterwards
 * ({@link ReproducibleZip}): the same lines give the same bytes.
 */
public final class XlsxBankFile {

    private static final List<Column> COLUMNS = List.of(
            Column.text("户名").withWidth(16),
            Column.text("卡号").withWidth(22),
            Column.money("金额"),
            Column.text("摘要").withWidth(20));

    private XlsxBankFile() {}

    /** @param heading the title above the table, or null for a header row only */
    public static void write(List<BankFileRow> rows, RosterHeading heading, OutputStream out) {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream(Math.max(64 * 1024, rows.size() * 48));
        if (heading != null) {
            OfficialRosterWriter.write(heading, COLUMNS, rows.stream().map(XlsxBankFile::values), workbook);
        } else {
            try (TableWriter table = new TableWriter()) {
                List<Column> columns = new java.util.ArrayList<>();
                columns.add(Column.integer("序号").withWidth(8));
                columns.addAll(COLUMNS);
                table.addSheet(
                        "代发明细",
                        columns,
                        rows.stream()
                                .map(r ->
                                        List.of(r.number(), r.payeeName(), r.cardNumber(), r.amount(), r.reference())));
                table.writeTo(workbook);
            }
        }
        try {
            out.write(ReproducibleZip.normalize(workbook.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> values(BankFileRow row) {
        return List.of(row.payeeName(), row.cardNumber(), row.amount(), row.reference());
    }
}
