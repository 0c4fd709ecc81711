package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.IndicatorScoring;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.application.persistence.EvidenceStore;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as the school and the family work on them: starting one (a school officer enters a
 * paper form on a family's behalf, marked as such), revising the draft, recording the consent,
 * withdrawing, listing and reading them within the caller's reach. Reading one in full is audited.
 */
@Service
public class Applications {

    static final String AUDITED_AS = "identification_application";

    private final ApplicationStore store;
    private final ApplicationReach reach;
    private final RegistryManagement registry;
    private final SchoolManagement schools;
    private final EvidenceStore evidence;
    private final IndicatorScoring scoring;
    private final AuditTrail audit;

    Applications(
            ApplicationStore store,
            ApplicationReach reach,
            RegistryManagement registry,
            SchoolManagement schools,
            EvidenceStore evidence,
            IndicatorScoring scoring,
            AuditTrail audit) {
        this.store = store;
        this.reach = reach;
        this.registry = registry;
        this.schools = schools;
        this.evidence = evidence;
        this.scoring = scoring;
        this.audit = audit;
    }

    /** The school year applications are made for now: 2026 from September 2026 to the next August. */
    public static int currentSchoolYear() {
        return Term.of(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))
                .schoolYearTerms()
                .getFirst()
                .year();
    }

    /** Starts a draft for a student in the caller's scope, entered from a paper form (PAPER) or by the family. */
    @Transactional
    public long start(long studentId, Source source, CurrentAccount account) {
        StudentView student =
                registry.find(studentId, account.scope()).orElseThrow(() -> new StudentNotFound(studentId));
        SchoolView school = schools.find(student.schoolId(), account.scope()).orElseThrow();
        int year = currentSchoolYear();
        if (store.exists(studentId, year)) {
            throw new ApplicationMoveRefused("identification.application.exists", year + "学年");
        }
        ApplicationFacts facts = new ApplicationFacts(
                studentId,
                student.name(),
                school.id(),
                school.townshipCode(),
                student.grade(),
                student.className(),
                year,
                source,
                account.username());
        long id = store.insert(Application.draft(facts));
        audit.record(AuditRecord.of("CREATE", AUDITED_AS, id, "新建认定申请（" + source.label() + "）：" + student.name()));
        return id;
    }

    /** The applications of the school year within reach, optionally of one status and class. */
    public List<ApplicationRow> list(CurrentAccount account, int year, ApplicationStatus status, String className) {
        return store.list(reach.of(account), year, status, className, 5000);
    }

    /** One application in full; audited, since it shows income, health and evidence. */
    @Transactional
    public ApplicationView view(long id, CurrentAccount account) {
        Application application = get(id, account);
        audit.record(AuditRecord.of(
                "REVEAL", AUDITED_AS, id, "查看认定申请：" + application.facts().studentName()));
        String schoolName = schools.find(application.facts().schoolId(), account.scope())
                .map(SchoolView::name)
                .orElse("");
        return new ApplicationView(application, schoolName, evidence.of(id), scoring.history(id));
    }

    /** An application within reach, or 404. */
    public Application get(long id, CurrentAccount account) {
        return store.find(id, reach.of(account)).orElseThrow(() -> new ApplicationNotFound(id));
    }

    /**
     * An application for a three-party reviewer, who reaches it through its review (by the
     * student's village or township, not the school): the caller has checked the review's scope.
     */
    public Application forReviewer(long id) {
        return store.findUnscoped(id).orElseThrow(() -> new ApplicationNotFound(id));
    }

    /** Saves a three-party reviewer's move of the application (a return to the school). */
    public void saveForReviewer(Application application) {
        save(application);
    }

    /** Saves the form of a draft or a returned application. */
    @Transactional
    public void revise(long id, ApplicationForm form, CurrentAccount account) {
        Application application = get(id, account);
        application.revise(form);
        save(application);
    }

    /** Records the consent to process the form's sensitive information (a paper form: the guardian signed it). */
    @Transactional
    public void consent(long id, String givenBy, boolean byGuardian, boolean childUnder14, CurrentAccount account) {
        Application application = get(id, account);
        application.recordConsent(new Consent(Consent.CURRENT_TEXT, Instant.now(), givenBy, byGuardian), childUnder14);
        save(application);
    }

    /** Withdraws an application that is not decided yet. */
    @Transactional
    public void withdraw(long id, CurrentAccount account) {
        Application application = get(id, account);
        application.withdraw();
        save(application);
        audit.record(AuditRecord.of(
                "WITHDRAW", AUDITED_AS, id, "撤回认定申请：" + application.facts().studentName()));
    }

    void save(Application application) {
        if (!store.update(application)) {
            throw new ApplicationMoveRefused("identification.application.changedMeanwhile");
        }
    }
}
