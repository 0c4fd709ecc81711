package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school identification group's decisions: a level for one application (another level than
 * the suggestion with a reason, both kept), the suggested level for many at once, or the
 * application returned to the family with a reason. A decision on a stage the county sends to
 * three-party review goes on to it ({@link ThreePartyGate}) in the same transaction.
 */
@Service
public class DecidingApplications {

    private final Applications applications;
    private final ApplicationStore store;
    private final ApplicationReach reach;
    private final AuditTrail audit;
    private final ObjectProvider<ThreePartyGate> threeParty;

    DecidingApplications(
            Applications applications,
            ApplicationStore store,
            ApplicationReach reach,
            AuditTrail audit,
            ObjectProvider<ThreePartyGate> threeParty) {
        this.applications = applications;
        this.store = store;
        this.reach = reach;
        this.audit = audit;
        this.threeParty = threeParty;
    }

    @Transactional
    public void decide(long id, DifficultyLevel level, String reason, CurrentAccount account) {
        Application application = applications.get(id, account);
        decided(application, level, reason, account);
    }

    /**
     * Decides every class-reviewed application of the ids that has a suggested level, at that
     * level; answers how many were decided. Applications without a suggestion, or not reviewed
     * yet, are left for one-by-one decision.
     */
    @Transactional
    public int decideAsSuggested(List<Long> ids, CurrentAccount account) {
        int decided = 0;
        for (Application application : store.findAll(ids, reach.of(account))) {
            if (application.status() == ApplicationStatus.CLASS_REVIEWED
                    && application.suggestion() != null
                    && application.suggestion().level() != null) {
                decided(application, application.suggestion().level(), "", account);
                decided++;
            }
        }
        return decided;
    }

    @Transactional
    public void returnToFamily(long id, String reason, CurrentAccount account) {
        Application application = applications.get(id, account);
        application.returnToFamily(reason);
        applications.save(application);
        audit.record(AuditRecord.of(
                "REJECT",
                Applications.AUDITED_AS,
                id,
                "退回认定申请：" + application.facts().studentName()));
    }

    private void decided(Application application, DifficultyLevel level, String reason, CurrentAccount account) {
        application.decide(new Decision(level, reason, account.username(), Instant.now()));
        ThreePartyGate gate = threeParty.getIfAvailable();
        boolean reviewed = gate != null && gate.reviews(application);
        if (reviewed) {
            application.sendToThreePartyReview();
        }
        applications.save(application);
        if (reviewed) {
            gate.started(application);
        }
        String followed = application.followsSuggestion(level) ? "（同评分建议）" : "（与评分建议不同：" + reason + "）";
        audit.record(AuditRecord.of(
                "APPROVE",
                Applications.AUDITED_AS,
                application.id(),
                "认定" + application.facts().studentName() + "为" + level.label() + followed));
    }
}
