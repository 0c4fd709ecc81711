package com.aidloop.disbursement.bankfile;

import com.aidloop.disbursement.BankFileRefused;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.spreadsheet.CsvWriter;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.OutputStream;
import java.util.List;

/**
 * The CSV layout: a header 序号,户名,卡号,金额,摘要 and one record per line, CRLF, in UTF-8 with a
 * byte-order mark or in GBK; text that a spreadsheet would run as a formula gets a leading quote
 * ({@code CellText}, through {@link CsvWriter}).
 */
public final class CsvBankFile {

    static final List<String> HEADER = List.of("序号", "户名", "卡号", "金额", "摘要");

    private CsvBankFile() {}

    public static void write(List<BankFileRow> rows, CsvEncoding encoding, OutputStream out) {
        try (CsvWriter csv = CsvWriter.open(out, encoding)) {
            csv.writeRow(HEADER);
            for (BankFileRow row : rows) {
                csv.writeRow(List.of(row.number(), row.payeeName(), row.cardNumber(), row.amount(), row.reference()));
            }
        } catch (SpreadsheetRefused refused) {
            // the writer counts the header as its first record
            Object record = refused.args().length > 0 ? refused.args()[0] : null;
            long line = record instanceof Number n ? n.longValue() - 1 : 0;
            throw new BankFileRefused(
                    "bankfile.unmappableName", line, encoding.charset().name());
        }
    }
}
