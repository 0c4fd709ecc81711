package com.aidloop.roster;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records every download of a document (EXPORT): which document, term and scope and what it was
 * narrowed to; never a personal value, since the document itself is what holds them.
 */
@Component
class ExportAudit {

    static final String OBJECT_TYPE = "roster";

    private final AuditTrail trail;

    ExportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Every document of the term at once (全部文档). */
    void exportedAll(Term term, DataScope scope, String scopeName) {
        trail.record(AuditRecord.of(
                        "EXPORT", OBJECT_TYPE, "all/" + term.code(), "导出全部文档（" + term.label() + "，范围" + scopeName + "）")
                .withChanges(List.of(
                        new FieldChange("document", null, "all"),
                        new FieldChange("term", null, term.code()),
                        new FieldChange("scope", null, scopeText(scope)))));
    }

    void exported(
            DocumentKind kind, Term term, DataScope scope, String scopeName, String programme, String schoolName) {
        List<FieldChange> facts = new ArrayList<>();
        facts.add(new FieldChange("document", null, kind.slug()));
        facts.add(new FieldChange("term", null, term.code()));
        facts.add(new FieldChange("scope", null, scopeText(scope)));
        if (programme != null) {
            facts.add(new FieldChange("programme", null, programme));
        }
        if (schoolName != null) {
            facts.add(new FieldChange("school", null, schoolName));
        }
        String narrowed = (programme == null ? "" : "，项目" + programme) + (schoolName == null ? "" : "，学校" + schoolName);
        trail.record(AuditRecord.of(
                        "EXPORT",
                        OBJECT_TYPE,
                        kind.slug() + "/" + term.code(),
                        "导出" + kind.label() + "（" + term.label() + "，范围" + scopeName + narrowed + "）")
                .withChanges(facts));
    }

    private static String scopeText(DataScope scope) {
        return scope.schoolId() != null ? "school:" + scope.schoolId() : "region:" + scope.regionPrefix();
    }
}
