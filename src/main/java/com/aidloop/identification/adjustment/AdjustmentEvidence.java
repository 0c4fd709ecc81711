package com.aidloop.identification.adjustment;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.adjustment.persistence.AdjustmentStore;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.persistence.EvidenceStore;
import com.aidloop.platform.UploadedCopy;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of an adjustment (a hospital's diagnosis, a disaster certificate): checked like the
 * application's evidence (type by content, photos re-encoded, PDFs without scripts, at most 10 MB),
 * stored sealed as evidence of the application, linked to the adjustment; opened in reach, audited.
 */
@Service
public class AdjustmentEvidence {

    private final AdjustmentStore store;
    private final EvidenceStore evidence;
    private final ApplicationReach reach;
    private final AuditTrail audit;

    AdjustmentEvidence(AdjustmentStore store, EvidenceStore evidence, ApplicationReach reach, AuditTrail audit) {
        this.store = store;
        this.evidence = evidence;
        this.reach = reach;
        this.audit = audit;
    }

    /** Adds a file to an adjustment in reach (404 outside it); a refused file leaves nothing behind. */
    @Transactional
    public long add(long adjustmentId, UploadedFile upload, String title, CurrentAccount account) {
        long applicationId = store.applicationOf(adjustmentId, reach.of(account))
                .orElseThrow(() -> new ApplicationNotFound(adjustmentId));
        EvidenceFile file;
        try {
            file = EvidenceFile.accept(upload.size(), () -> read(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String named = title == null || title.isBlank() ? "动态调整证明材料" : title.strip();
        named = named.length() > 100 ? named.substring(0, 100) : named;
        long id = evidence.add(applicationId, file, named, account.username());
        store.linkEvidence(id, adjustmentId);
        audit.record(AuditRecord.of("CREATE", "identification_evidence", id, "上传动态调整证明材料：" + named));
        return id;
    }

    private static byte[] read(UploadedFile upload) throws IOException {
        try (UploadedCopy copy = UploadedCopy.of(upload, "evidence", "证明材料")) {
            return Files.readAllBytes(copy.file());
        }
    }
}
