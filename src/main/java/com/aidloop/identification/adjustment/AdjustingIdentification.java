package com.aidloop.identification.adjustment;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.adjustment.domain.Adjustment;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.adjustment.persistence.AdjustmentStore;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.ThreePartyGate;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjustments of an identification: a school re-assesses one finally decided application of the
 * school year after a change in the family (学期动态调整), or upholds an objection to the public
 * notice (公示异议: 调整等级 or 取消认定). The new level replaces the decision through the application
 * aggregate, so {@code decided_level} stays the one level in force; the decision it replaced, the
 * change, the model's suggestion when re-scored and the objection are kept as the identification's
 * history. An approved application goes back to three-party review ({@link ThreePartyGate}) in the
 * same transaction. Each adjustment is audited.
 */
@Service
public class AdjustingIdentification {

    static final String AUDITED_AS = "identification_adjustment";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Applications applications;
    private final ApplicationStore applicationStore;
    private final AdjustmentStore store;
    private final AdjustmentRescoring rescoring;
    private final AuditTrail audit;
    private final AdjustmentEvidence evidence;
    private final ObjectProvider<ThreePartyGate> threeParty;

    AdjustingIdentification(
            Applications applications,
            ApplicationStore applicationStore,
            AdjustmentStore store,
            AdjustmentRescoring rescoring,
            AuditTrail audit,
            AdjustmentEvidence evidence,
            ObjectProvider<ThreePartyGate> threeParty) {
        this.applications = applications;
        this.applicationStore = applicationStore;
        this.store = store;
        this.rescoring = rescoring;
        this.audit = audit;
        this.evidence = evidence;
        this.threeParty = threeParty;
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

    /**
     * Adjusts a finally decided application in reach (404 outside it, 409 when not finally
     * decided); answers the adjustment's id. An application the county approved after three-party
     * review goes back to it, starting over at the village.
     */
    @Transactional
    public long adjust(long applicationId, AdjustmentRequest request, CurrentAccount account) {
        Application application = applications.get(applicationId, account);
        check(request);
        Adjustment.Rescored rescored =
                request.rescore() ? rescoring.rescore(application, request.change(), LocalDate.now(CHINA)) : null;
        return adjusted(application, request, rescored, null, account);
    }

    /**
     * Upholds an objection to the public notice (公示异议) as an adjustment of the identification:
     * a new level (调整等级) or 不困难 (取消认定), with the school's reason, kept in the history with the
     * objection noted. Otherwise as {@link #adjust(long, AdjustmentRequest, CurrentAccount)}: in
     * reach, finally decided, and an approved application goes back to three-party review.
     */
    @Transactional
    public long adjustOnObjection(
            long applicationId, long objectionId, DifficultyLevel level, String reason, CurrentAccount account) {
        Application application = applications.get(applicationId, account);
        AdjustmentRequest request = new AdjustmentRequest(level, reason, null, false);
        check(request);
        return adjusted(application, request, null, objectionId, account);
    }

    /**
     * The county's ruling on a family's appeal that changes the level (申诉改定), kept in the history
     * as an adjustment; final for the year, so an approved identification stays approved rather than
     * going back to three-party review. In reach and finally decided, as any adjustment.
     */
    @Transactional
    public long adjustOnAppeal(long applicationId, DifficultyLevel level, String reason, CurrentAccount account) {
        Application application = applications.get(applicationId, account);
        AdjustmentRequest request = new AdjustmentRequest(level, reason, null, false);
        check(request);
        return adjusted(application, request, null, null, account, true);
    }

    private long adjusted(
            Application application,
            AdjustmentRequest request,
            Adjustment.Rescored rescored,
            Long objectionId,
            CurrentAccount account) {
        return adjusted(application, request, rescored, objectionId, account, false);
    }

    private long adjusted(
            Application application,
            AdjustmentRequest request,
            Adjustment.Rescored rescored,
            Long objectionId,
            CurrentAccount account,
            boolean onAppeal) {
        Decision adjusted = new Decision(request.level(), request.reason(), account.username(), Instant.now());
        Decision replaced = onAppeal ? application.ruleOnAppeal(adjusted) : application.adjust(adjusted);
        if (!applicationStore.update(application)) {
            throw new ApplicationMoveRefused("identification.application.changedMeanwhile");
        }
        if (application.inThreePartyReview()) {
            threeParty.getObject().started(application);
        }
        Adjustment adjustment = new Adjustment(
                null,
                application.id(),
                Term.of(LocalDate.now(CHINA)),
                replaced,
                adjusted,
                request.change(),
                rescored,
                objectionId);
        long id = store.insert(adjustment, application.facts());
        audit.record(AuditRecord.of(
                        "UPDATE",
                        AUDITED_AS,
                        id,
                        (objectionId == null ? "动态调整认定：" : "公示异议调整认定：")
                                + application.facts().studentName() + "，"
                                + replaced.level().label() + " → "
                                + adjusted.level().label()
                                + (application.inThreePartyReview() ? "，重新送三方会审" : ""))
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
}
