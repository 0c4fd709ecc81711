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

    /** @throws StudentChangedMeanwhile when a student was saved since it was read */
    void write(long importId, List<CheckedStudent> rows, RegistrationCounts counts, DataScope scope) {
        List<StudentInput> created = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (CheckedStudent row : rows) {
            switch (row.outcome()) {
                case CREATE -> {
                    created.add(row.input());
                    if (created.size() == BATCH) {
                        registry.registerImported(created, scope);
                        created.clear();
                    }
                }
                case UPDATE -> {
                    if (!store.update(row.student(), row.schoolTownship())) {
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
                case UNCHANGED, ERROR -> {}
            }
        }
        if (!created.isEmpty()) {
            registry.registerImported(created, scope);
        }
        records.forEach(audit::record);
        audit.record(AuditRecord.of(
                "IMPORT",
                "registry_import",
                importId,
                "学籍导入：新增学生" + counts.created() + "名，修改" + counts.updated() + "名（其中转学" + counts.transferred() + "名），未变"
                        + counts.unchanged() + "名，名单中没有的已登记学生" + counts.left() + "名"));
    }
}
