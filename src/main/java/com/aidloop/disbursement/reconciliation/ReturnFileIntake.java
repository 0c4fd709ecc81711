package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal.Concern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a bank's return file in: the batch must be exported (its row stays locked for the
 * caller's transaction), the same file may not come twice, and the lines are read by the bank's
 * template. Nothing is written here.
 */
@Component
class ReturnFileIntake {

    private final BatchRecords batches;
    private final ReconciliationStore store;
    private final ReturnTemplate template;
    private final ChinaTime time;

    ReturnFileIntake(BatchRecords batches, ReconciliationStore store, ReturnTemplate template, ChinaTime time) {
        this.batches = batches;
        this.store = store;
        this.template = template;
        this.time = time;
    }

    /** A return file taken in: its batch (locked), its digest and its lines. */
    record Taken(BatchView batch, String sha256, ReturnFileReader.Parsed parsed) {}

    @Transactional(propagation = Propagation.MANDATORY)
    Taken take(long batchId, String fileName, Path file, DataScope scope) {
        BatchView batch = batches.locked(batchId, scope)
                .orElseThrow(() -> new ReconciliationNotFound("reconciliation.batch.notFound", batchId));
        if (!batch.status().canMoveTo(BatchStatus.RECONCILED)) {
            throw new ReturnFileRefused(
                    "reconciliation.refused.notExported",
                    batch.reference(),
                    Messages.format("reconciliation.status." + batch.status().name()));
        }
        String sha256 = sha256(file);
        store.sameFile(batchId, sha256).ifPresent(earlier -> {
            throw new ReturnFileRefused("reconciliation.refused.sameFile", time.minute(earlier.at()), earlier.by())
                    .auditedAs(Concern.DUPLICATE_UPLOAD)
                    .about(PayoutBatches.AUDIT_TYPE, batchId);
        });
        return new Taken(batch, sha256, ReturnFileReader.read(file, fileName, template));
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
