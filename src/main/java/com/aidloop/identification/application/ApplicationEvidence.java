package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.application.persistence.EvidenceStore;
import com.aidloop.platform.UploadedCopy;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of an application: photos re-encoded without location data and PDFs without scripts,
 * at most 10 MB each, the type told by content; stored sealed and opened only for reviewers in
 * reach, each opening audited.
 */
@Service
public class ApplicationEvidence {

    private final Applications applications;
    private final EvidenceStore store;
    private final AuditTrail audit;

    ApplicationEvidence(Applications applications, EvidenceStore store, AuditTrail audit) {
        this.applications = applications;
        this.store = store;
        this.audit = audit;
    }

    /** Adds a file to a draft or returned application; a refused file leaves nothing behind. */
    @Transactional
    public long add(long applicationId, UploadedFile upload, String title, CurrentAccount account) {
        return add(applications.get(applicationId, account), upload, title, account.username());
    }

    /** Adds a file to an application the caller found in its reach (staff) or its family's. */
    long add(Application application, UploadedFile upload, String title, String by) {
        if (!application.status().editable()) {
            throw new EvidenceRefused(
                    "identification.application.move", application.status().label(), "上传证明材料");
        }
        EvidenceFile file;
        try {
            file = EvidenceFile.accept(upload.size(), () -> read(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String named = title == null || title.isBlank() ? "证明材料" : title.strip();
        long id = store.add(application.id(), file, named.length() > 100 ? named.substring(0, 100) : named, by);
        audit.record(AuditRecord.of("CREATE", "identification_evidence", id, "上传证明材料：" + named));
        return id;
    }

    /** The content of one evidence file, for a reviewer in reach; audited. */
    @Transactional
    public EvidenceFile open(long evidenceId, CurrentAccount account) {
        return open(evidenceId, applicationId -> applications.get(applicationId, account));
    }

    /** The content of one evidence file of an application the finder reaches (else 404); audited. */
    EvidenceFile open(long evidenceId, java.util.function.LongFunction<Application> finder) {
        long applicationId = store.applicationOf(evidenceId).orElseThrow(() -> new ApplicationNotFound(evidenceId));
        Application application = finder.apply(applicationId);
        audit.record(AuditRecord.of(
                "REVEAL",
                "identification_evidence",
                evidenceId,
                "查看证明材料：" + application.facts().studentName()));
        return store.content(evidenceId);
    }

    /** The evidence of an application the caller has found. */
    java.util.List<EvidenceItem> of(Application application) {
        return store.of(application.id());
    }

    private static byte[] read(UploadedFile upload) throws IOException {
        try (UploadedCopy copy = UploadedCopy.of(upload, "evidence", "证明材料")) {
            return Files.readAllBytes(copy.file());
        }
    }
}
