package com.aidloop.school.importing;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the rows of a clean school file inside the caller's transaction: opens the new schools,
 * revises the changed ones at the version they were checked with (each audited old → new, a
 * township change announced), and leaves the unchanged ones alone.
 */
@Component
public class SchoolImportWriting {

    private final SchoolWriter writer;
    private final AuditTrail audit;

    SchoolImportWriting(SchoolWriter writer, AuditTrail audit) {
        this.writer = writer;
        this.audit = audit;
    }

    /**
     * @throws com.aidloop.school.SchoolChangedMeanwhile when a school was saved since it was checked
     * @throws org.springframework.dao.DuplicateKeyException when a code was registered since
     */
    public void write(long importId, SchoolImportPass.Result checked) {
        for (CheckedRow row : checked.rows()) {
            switch (row.outcome()) {
                case CREATE ->
                    writer.create(row.facts(), "批量导入新增学校：" + row.facts().name());
                case UPDATE -> {
                    School school = row.existing();
                    List<FieldChange> changes = school.revise(row.facts());
                    writer.save(school, changes, "批量导入修改学校：" + row.facts().name());
                }
                case UNCHANGED, ERROR -> {}
            }
        }
        ImportCounts c = checked.counts();
        audit.record(AuditRecord.of(
                "IMPORT",
                "school_import",
                importId,
                "批量导入学校：新增" + c.created() + "所，修改" + c.updated() + "所，未变" + c.unchanged() + "所"));
    }
}
