package com.aidloop.disbursement.persistence;

import com.aidloop.shared.Money;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every bank file handed out, with its digest: a later generation of the same template must give the same digest. */
@Repository
public class BankFileRecords {

    private final JdbcClient jdbc;

    BankFileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long batchId, String template, String fileName, String sha256, long lineCount, Money total, String by) {
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
        return jdbc.sql("SELECT DISTINCT sha256 FROM disbursement_bank_file WHERE batch_id = :batch AND template = :template")
                .param("batch", batchId)
                .param("template", template)
                .query(String.class)
                .list();
    }
}
