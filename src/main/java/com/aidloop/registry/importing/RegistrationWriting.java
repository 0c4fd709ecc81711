package com.aidloop.registry.importing;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentChangedMeanwhile;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.persistence.StudentStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a clean file on the caller's transaction: new students registered with COPY in batches
 * (the registry's bulk path), revised students saved at the version they were read at, each
 * revision audited with its changes (a changed school says 转学), and one IMPORT record with the
 * counts. The audit records come last, so that the audit chain's lock is held only at the end.
 * Each student written (in the same statement) or found unchanged by comparison (in one statement
 * for all) keeps the digest of its row, so that the same row next time is recognised without
 * opening the student.
 */
@Component
class RegistrationWriting {

    private static final int BATCH = 5_000;

    private final RegistryManagement registry;
    private final StudentStore store;
    private final AuditTrail audit;

    RegistrationWriting(RegistryManagement registry, StudentStore store, AuditTrail audit) {
        this.registry = registry;
        this.store = store;
        this.audit = audit;
    }

    private static StudentStore.ImportState kept(CheckedStudent row, int version) {
        return new StudentStore.ImportState(
                row.registered().id(), version, row.registered().schoolId(), row.importDigest());
    }

    /** @throws StudentChangedMeanwhile when a student was saved since it was read */
    void write(long importId, List<CheckedStudent> rows, RegistrationCounts counts, DataScope scope) {
        List<StudentInput> created = new ArrayList<>();
        List<String> createdDigests = new ArrayList<>();
        List<StudentStore.ImportState> digests = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (CheckedStudent row : rows) {
            switch (row.outcome()) {
                case CREATE -> {
                    created.add(row.input());
                    createdDigests.add(row.importDigest());
                    if (created.size() == BATCH) {
                        registry.registerImported(created, createdDigests, scope);
                        created.clear();
                        createdDigests.clear();
                    }
                }
                case UPDATE -> {
                    if (!store.update(row.student(), row.schoolTownship(), row.importDigest())) {
                        throw new StudentChangedMeanwhile(row.student().id());
                    }
                    String name = row.student().facts().name();
                    records.add(AuditRecord.of(
                                    "UPDATE",
                                    "student",
                                    row.student().id(),
                                    (row.transferred() ? "学籍导入（转学）修改学生信息：" : "学籍导入修改学生信息：") + name)
                            .withChanges(row.changes()));
                }
                case UNCHANGED -> {
                    if (row.importDigest() != null) {
                        digests.add(kept(row, row.student().version()));
                    }
                }
                case ERROR -> {}
            }
        }
        if (!created.isEmpty()) {
            registry.registerImported(created, createdDigests, scope);
        }
        store.keepImportDigests(digests);
        audit.recordAll(records);
        audit.record(AuditRecord.of(
                "IMPORT",
                "registry_import",
                importId,
                "学籍导入：新增学生" + counts.created() + "名，修改" + counts.updated() + "名（其中转学" + counts.transferred() + "名），未变"
                        + counts.unchanged() + "名，名单中没有的已登记学生" + counts.left() + "名"));
    }
}
