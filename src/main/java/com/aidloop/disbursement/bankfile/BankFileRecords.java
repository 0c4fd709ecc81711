package com.aidloop.disbursement.bankfile;

import com.aidloop.shared.Money;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every bank file handed out, with its digest (a later generation of the same template must give the
 * same digest), and the payment lines a bank file is made of.
 */
@Repository
public class BankFileRecords {

    private final JdbcClient jdbc;

    BankFileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            long batchId, String template, String fileName, String sha256, long lineCount, Money total, String by) {
        jdbc.sql("""
                INSERT INTO disbursement_bank_file (batch_id, template, file_name, sha256, line_count, total_amount, generated_by)
                VALUES (:batch, :template, :fileName, :sha, :lines, :total, :by)
                """)
                .param("batch", batchId)
                .param("template", template)
                .param("fileName", fileName)
                .param("sha", sha256)
                .param("lines", lineCount)
                .param("total", total.yuan())
                .param("by", by)
                .update();
    }

    /** The distinct digests recorded for the batch's files of this template. */
    public List<String> digests(long batchId, String template) {
        return jdbc.sql(
                        "SELECT DISTINCT sha256 FROM disbursement_bank_file WHERE batch_id = :batch AND template = :template")
                .param("batch", batchId)
                .param("template", template)
                .query(String.class)
                .list();
    }

    /** Every line of the batch in line order, for the bank file. */
    public void forEachLine(long batchId, Consumer<BankLine> sink) {
        jdbc
                .sql("""
                SELECT line_no, reference, payee_name, card_number_sealed, amount
                  FROM disbursement_payment WHERE batch_id = :batch ORDER BY line_no
                """)
                .param("batch", batchId)
                .withFetchSize(2_000)
                .query((rs, row) -> new BankLine(
                        rs.getInt("line_no"),
                        rs.getString("reference"),
                        rs.getString("payee_name"),
                        rs.getString("card_number_sealed"),
                        new Money(rs.getBigDecimal("amount"))))
                .stream()
                .forEach(sink);
    }
}
