package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.FamilyStudentNotFound;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.shared.UploadedFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's own applications, from a phone: started with the consent first (nothing sensitive
 * is entered before it) while a window is open for the student, kept as a draft, submitted
 * explicitly through {@link SubmittingApplication} (the window checked there), corrected and
 * submitted again when the school returned it, withdrawn until decided. A family reaches only the
 * applications of the students it may act for; any other is not found (404), exactly as one that
 * does not exist. Every full reading is audited.
 */
@Service
public class FamilyApplications {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CONSENT_NAME_MAX = 50;

    private final ApplicationStore store;
    private final Applications applications;
    private final SubmittingApplication submitting;
    private final ApplicationEvidence evidence;
    private final FamilyStudents students;
    private final AuditTrail audit;

    FamilyApplications(
            ApplicationStore store,
            Applications applications,
            SubmittingApplication submitting,
            ApplicationEvidence evidence,
            FamilyStudents students,
            AuditTrail audit) {
        this.store = store;
        this.applications = applications;
        this.submitting = submitting;
        this.evidence = evidence;
        this.students = students;
        this.audit = audit;
    }

    /** The family's applications, newest school year first. */
    public List<ApplicationRow> list(FamilyApplicant applicant) {
        return applicant.students().isEmpty() ? List.of() : store.ofStudents(applicant.students());
    }

    /** The student's application of the current school year that is not withdrawn, if any. */
    public Optional<ApplicationRow> current(long studentId, FamilyApplicant applicant) {
        student(studentId, applicant);
        int year = Applications.currentSchoolYear();
        return store.ofStudents(List.of(studentId)).stream()
                .filter(row -> row.schoolYear() == year && row.status() != ApplicationStatus.WITHDRAWN)
                .findFirst();
    }

    /** The student the family may act for, or 404. */
    public FamilyStudent student(long studentId, FamilyApplicant applicant) {
        if (!applicant.mayActFor(studentId)) {
            throw new FamilyStudentNotFound(studentId);
        }
        return students.student(studentId).orElseThrow(() -> new FamilyStudentNotFound(studentId));
    }

    /** Whether the consent must come from the guardian: the student is under 14 (or of unknown age). */
    public boolean childUnder14(FamilyStudent student) {
        return !student.atLeast(14, LocalDate.now(CHINA));
    }

    /**
     * Starts the application with the consent given (typed name): only while a window is open for
     * the student, one a student and school year (a second start is refused).
     */
    @Transactional
    public long start(long studentId, String consentBy, FamilyApplicant applicant, Instant now) {
        FamilyStudent student = student(studentId, applicant);
        int year = Applications.currentSchoolYear();
        submitting.requireWindow(studentId, year, now);
        if (store.exists(studentId, year)) {
            throw new ApplicationMoveRefused("identification.application.exists", year + "学年");
        }
        ApplicationFacts facts = new ApplicationFacts(
                studentId,
                student.name(),
                student.schoolId(),
                student.schoolTownship(),
                student.grade(),
                student.className(),
                year,
                Source.FAMILY,
                applicant.enteredBy());
        Application draft = Application.draft(facts);
        draft.recordConsent(consent(consentBy, applicant, now), childUnder14(student));
        long id = store.insert(draft);
        audit.record(AuditRecord.of("CREATE", Applications.AUDITED_AS, id, "家庭网上申请认定（已同意个人信息处理）：" + student.name()));
        return id;
    }

    /** Records the consent on an application that has none yet (one the school started from paper). */
    @Transactional
    public void consent(long id, String consentBy, FamilyApplicant applicant) {
        Application application = get(id, applicant);
        FamilyStudent student = student(application.facts().studentId(), applicant);
        application.recordConsent(consent(consentBy, applicant, Instant.now()), childUnder14(student));
        applications.save(application);
    }

    private static Consent consent(String typedName, FamilyApplicant applicant, Instant now) {
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty() || name.length() > 20) {
            throw new ApplicationMoveRefused("identification.family.consentName");
        }
        boolean guardian = applicant.actor().kind() == FamilyActor.Kind.GUARDIAN;
        String givenBy = guardian ? name : name + "（学生本人，监护人已在邀请时同意）";
        return new Consent(
                Consent.CURRENT_TEXT,
                now,
                givenBy.length() > CONSENT_NAME_MAX ? givenBy.substring(0, CONSENT_NAME_MAX) : givenBy,
                guardian);
    }

    /** One application of the family's, or 404 (not audited: its status and facts only are shown from it). */
    public Application get(long id, FamilyApplicant applicant) {
        return applicant.students().isEmpty()
                ? missing(id)
                : store.findOfStudents(id, applicant.students()).orElseGet(() -> missing(id));
    }

    private static Application missing(long id) {
        throw new ApplicationNotFound(id);
    }

    /** The application in full with its evidence, as the family entered it; audited. */
    @Transactional
    public FamilyView view(long id, FamilyApplicant applicant) {
        Application application = get(id, applicant);
        audit.record(AuditRecord.of(
                "REVEAL",
                Applications.AUDITED_AS,
                id,
                "家庭查看认定申请：" + application.facts().studentName()));
        return new FamilyView(application, evidence.of(application));
    }

    /** An application with its evidence list, as the family sees it. */
    public record FamilyView(Application application, List<EvidenceItem> evidence) {

        public FamilyView {
            evidence = List.copyOf(evidence);
        }
    }

    /** Saves the draft's (or the returned application's) form; refused before the consent. */
    @Transactional
    public void revise(long id, ApplicationForm form, FamilyApplicant applicant) {
        Application application = withConsent(id, applicant);
        application.revise(form);
        applications.save(application);
    }

    /** Submits explicitly: the window (for a first submission), consent, commitment and members checked. */
    @Transactional
    public ScoreResult submit(long id, FamilyApplicant applicant, Instant now) {
        return submitting.submit(get(id, applicant), now);
    }

    @Transactional
    public void withdraw(long id, FamilyApplicant applicant) {
        Application application = get(id, applicant);
        application.withdraw();
        applications.save(application);
        audit.record(AuditRecord.of(
                "WITHDRAW",
                Applications.AUDITED_AS,
                id,
                "家庭撤回认定申请：" + application.facts().studentName()));
    }

    /** Adds a photo or PDF from the phone, with the checks of every evidence file; refused before the consent. */
    @Transactional
    public long addEvidence(long id, UploadedFile upload, String title, FamilyApplicant applicant) {
        return evidence.add(withConsent(id, applicant), upload, title, applicant.enteredBy());
    }

    /** One of the family's own evidence files; audited. */
    @Transactional
    public EvidenceFile openEvidence(long evidenceId, FamilyApplicant applicant) {
        return evidence.open(evidenceId, applicationId -> get(applicationId, applicant));
    }

    private Application withConsent(long id, FamilyApplicant applicant) {
        Application application = get(id, applicant);
        if (application.consent() == null) {
            throw new ApplicationMoveRefused("identification.application.noConsent");
        }
        return application;
    }
}
