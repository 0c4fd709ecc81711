package com.aidloop.identification.adjustment;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.adjustment.domain.Adjustment;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.adjustment.persistence.AdjustmentStore;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.FormAnswers;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Semester adjustments (学期动态调整): a school re-assesses one decided application of the school
 * year after a change in the family. The new level replaces the decision through the application
 * aggregate; the decision it replaced, the change, and the model's suggestion when re-scored are
 * kept as the identification's history. Each adjustment is audited.
 */
@Service
public class AdjustingIdentification {

    static final String AUDITED_AS = "identification_adjustment";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Applications applications;
    private final ApplicationStore applicationStore;
    private final AdjustmentStore store;
    private final IndicatorModels models;
    private final AuditTrail audit;
    private final AdjustmentEvidence evidence;

    AdjustingIdentification(
            Applications applications,
            ApplicationStore applicationStore,
            AdjustmentStore store,
            IndicatorModels models,
            AuditTrail audit,
            AdjustmentEvidence evidence) {
        this.applications = applications;
        this.applicationStore = applicationStore;
        this.store = store;
        this.models = models;
        this.audit = audit;
        this.evidence = evidence;
    }

    /** Adjusts and keeps the evidence with it, all or nothing: a refused file leaves no adjustment behind. */
    @Transactional
    public long adjust(
            long applicationId,
            AdjustmentRequest request,
            com.aidloop.shared.UploadedFile upload,
            String title,
            CurrentAccount account) {
        long id = adjust(applicationId, request, account);
        if (upload != null) {
            evidence.add(id, upload, title, account);
        }
        return id;
    }

    /** Adjusts a decided application in reach (404 outside it, 409 when not decided); answers the adjustment's id. */
    @Transactional
    public long adjust(long applicationId, AdjustmentRequest request, CurrentAccount account) {
        Application application = applications.get(applicationId, account);
        check(request);
        LocalDate today = LocalDate.now(CHINA);
        Adjustment.Rescored rescored = request.rescore() ? rescore(application, request.change(), today) : null;
        Decision adjusted = new Decision(request.level(), request.reason(), account.username(), Instant.now());
        Decision replaced = application.adjust(adjusted);
        if (!applicationStore.update(application)) {
            throw new ApplicationMoveRefused("identification.application.changedMeanwhile");
        }
        Adjustment adjustment =
                new Adjustment(null, applicationId, Term.of(today), replaced, adjusted, request.change(), rescored);
        long id = store.insert(adjustment, application.facts());
        audit.record(AuditRecord.of(
                        "UPDATE",
                        AUDITED_AS,
                        id,
                        "动态调整认定：" + application.facts().studentName() + "，"
                                + replaced.level().label() + " → "
                                + adjusted.level().label())
                .withChanges(List.of(new AuditRecord.FieldChange(
                        "认定档次", replaced.level().label(), adjusted.level().label()))));
        return id;
    }

    /** The decisions of an application in reach, oldest first: the school's decision, then each adjustment. */
    public List<HistoryEntry> history(long applicationId, CurrentAccount account) {
        Application application = applications.get(applicationId, account);
        return HistoryEntry.of(application.decision(), store.of(applicationId));
    }

    /** The evidence ids of each adjustment of an application (reach checked by the caller's history read). */
    public java.util.Map<Long, List<Long>> evidenceOf(long applicationId) {
        return store.evidenceOf(applicationId);
    }

    private static void check(AdjustmentRequest request) {
        if (request == null || request.level() == null) {
            throw new AdjustmentRefused("identification.adjustment.level");
        }
        if (request.reason().isEmpty()) {
            throw new AdjustmentRefused("identification.adjustment.needsReason");
        }
        if (request.reason().length() > 500) {
            throw new AdjustmentRefused("identification.adjustment.reasonTooLong");
        }
        Emergency change = request.change();
        if (change != null && (change.date() == null || change.date().isAfter(LocalDate.now(CHINA)))) {
            throw new AdjustmentRefused("identification.adjustment.changeDate");
        }
        if (change != null && change.note().length() > 100) {
            throw new AdjustmentRefused("identification.adjustment.changeNote");
        }
    }

    /** Scores the application's form, with the family's change added, under the model in force today. */
    private Adjustment.Rescored rescore(Application application, Emergency change, LocalDate today) {
        IndicatorModel model = models.inForce(
                        application.facts().countyCode(), application.facts().schoolYear())
                .orElseThrow(() -> new ApplicationMoveRefused(
                        "identification.adjustment.noModel", application.facts().schoolYearLabel()));
        ApplicationForm form = withChange(application.form(), change);
        ScoreResult score = model.rules().score(FormAnswers.of(form, model.rules(), today));
        return new Adjustment.Rescored(model.id(), score.total(), score.level(), score.explanation());
    }

    static ApplicationForm withChange(ApplicationForm form, Emergency change) {
        if (change == null) {
            return form;
        }
        List<Emergency> emergencies = new ArrayList<>(form.emergencies());
        emergencies.add(change);
        return new ApplicationForm(
                form.members(),
                form.incomes(),
                form.specialGroups(),
                form.housing(),
                emergencies,
                form.siblings(),
                form.indicatorAnswers(),
                form.commitment());
    }
}
