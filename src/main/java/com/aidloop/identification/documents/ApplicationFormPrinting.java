package com.aidloop.identification.documents;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.documents.persistence.DocumentStore;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints one application as 家庭经济困难学生认定申请表 for a reviewer in reach (404 outside it).
 * The form shows income and health, so printing it is audited like opening it in full.
 */
@Service
public class ApplicationFormPrinting {

    private final Applications applications;
    private final RegistryManagement registry;
    private final SchoolManagement schools;
    private final IndicatorModels models;
    private final DocumentStore store;
    private final AdjustingIdentification adjusting;
    private final AuditTrail audit;

    ApplicationFormPrinting(
            Applications applications,
            RegistryManagement registry,
            SchoolManagement schools,
            IndicatorModels models,
            DocumentStore store,
            AdjustingIdentification adjusting,
            AuditTrail audit) {
        this.applications = applications;
        this.registry = registry;
        this.schools = schools;
        this.models = models;
        this.store = store;
        this.adjusting = adjusting;
        this.audit = audit;
    }

    /** The .xlsx of the application's form; audited as REVEAL. */
    @Transactional
    public Printed print(long id, CurrentAccount account) {
        Application a = applications.get(id, account);
        Optional<StudentView> student = registry.find(a.facts().studentId(), account.scope());
        String school = schools.byId(a.facts().schoolId()).map(SchoolView::name).orElse("");
        Map<String, String> groups = models.inForce(
                        a.facts().countyCode(), a.facts().schoolYear())
                .map(m -> m.rules().directGroups().stream()
                        .collect(Collectors.toMap(DirectGroup::code, DirectGroup::name)))
                .orElse(Map.of());
        ApplicationFormDocument.Data data = new ApplicationFormDocument.Data(
                a,
                school,
                student.map(s -> s.gender() == null ? "" : s.gender().label()).orElse(""),
                student.map(StudentView::idNumberMasked).orElse(""),
                groups,
                store.verdictOf(id).orElse(null),
                adjusting.history(id, account),
                LocalDate.now(ZoneId.of("Asia/Shanghai")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApplicationFormDocument.write(data, out);
        audit.record(AuditRecord.of(
                "REVEAL",
                "identification_application",
                id,
                "打印认定申请表：" + a.facts().studentName()));
        return new Printed(a.facts().studentName() + "-" + ApplicationFormDocument.TITLE + ".xlsx", out.toByteArray());
    }

    /** A produced document: its file name and content. */
    public record Printed(String fileName, byte[] content) {}
}
