package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.StaffNames;
import com.aidloop.programme.domain.CatalogueChange;
import com.aidloop.programme.domain.CatalogueChange.ProposedExclusion;
import com.aidloop.programme.domain.CatalogueChange.ProposedRemoval;
import com.aidloop.programme.domain.CatalogueChange.ProposedStandard;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.Programme.StandardChange;
import com.aidloop.programme.persistence.ChangeStore;
import com.aidloop.programme.persistence.PayingRuleStore;
import com.aidloop.programme.persistence.ProgrammeStore;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding proposed changes of the catalogue: a second person approves (the change is written
 * now, naming both people) or rejects it; the proposer may only withdraw it. The decider must see
 * the change (else "not found") and may change its owner's entries (else "forbidden"); the
 * proposer approving their own change is refused here and by the database. A change that no
 * longer fits the catalogue (the same standard recorded meanwhile, the group already removed) is
 * refused with the reason and stays pending, to be rejected. Every decision is audited.
 */
@Service
@Transactional
public class CatalogueApprovals {

    private final ChangeStore changes;
    private final ProgrammeStore programmes;
    private final PayingRuleStore rules;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private final StaffNames names;

    CatalogueApprovals(
            ChangeStore changes,
            ProgrammeStore programmes,
            PayingRuleStore rules,
            ProgrammeCatalogue catalogue,
            AuditTrail audit,
            ApplicationEventPublisher events,
            StaffNames names) {
        this.names = names;
        this.changes = changes;
        this.programmes = programmes;
        this.rules = rules;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
    }

    /** 审核通过: the change takes effect now. */
    public CatalogueChangeView approve(long id, CurrentAccount account) {
        CatalogueChange change = load(id, account);
        change.owner().requireChangeableBy(account);
        Instant now = catalogue.now();
        change.approve(account.username(), now);
        save(change);
        switch (change.content()) {
            case ProposedStandard s -> recordStandard(change, s, now);
            case ProposedExclusion e -> addExclusion(change, e, now);
            case ProposedRemoval r -> removeExclusion(change, r, now);
        }
        audit.record(AuditRecord.of(
                        "APPROVE",
                        "programme-change",
                        id,
                        "审核通过：" + change.summary() + "（提交人：" + change.proposedBy() + "）")
                .by(account.username()));
        return change.view();
    }

    /** 退回 with a reason: the change never takes effect. */
    public CatalogueChangeView reject(long id, String reason, CurrentAccount account) {
        CatalogueChange change = load(id, account);
        change.owner().requireChangeableBy(account);
        change.reject(account.username(), catalogue.now(), reason);
        save(change);
        audit.record(AuditRecord.of(
                        "REJECT",
                        "programme-change",
                        id,
                        "退回：" + change.summary() + "（提交人：" + change.proposedBy() + "）"
                                + (change.decisionNote().isEmpty() ? "" : "；原因：" + change.decisionNote()))
                .by(account.username()));
        return change.view();
    }

    /** 撤回 by its proposer: the change never takes effect. */
    public CatalogueChangeView withdraw(long id, CurrentAccount account) {
        CatalogueChange change = load(id, account);
        change.withdraw(account.username(), catalogue.now());
        save(change);
        audit.record(AuditRecord.of("WITHDRAW", "programme-change", id, "撤回：" + change.summary())
                .by(account.username()));
        return change.view();
    }

    private CatalogueChange load(long id, CurrentAccount account) {
        return changes.byId(id, account.scope()).orElseThrow(() -> new CatalogueChangeNotFound(id));
    }

    private void save(CatalogueChange change) {
        if (!changes.saveDecision(change)) {
            throw new CatalogueChangeRefused("programme.change.decidedMeanwhile");
        }
    }

    private void recordStandard(CatalogueChange change, ProposedStandard s, Instant now) {
        Programme programme = programmes.byId(s.programmeId());
        StandardChange recorded = programme.recordStandard(s.entry(), now, change.proposedBy(), change.decidedBy());
        if (!programmes.update(programme)) {
            throw new ProgrammeChangedMeanwhile(s.programmeCode());
        }
        programme.events().forEach(events::publishEvent);
        Standard standard = recorded.recorded();
        String field = standard.tier().label() + "（" + standard.validFrom().label() + "起）";
        String before = recorded.inForceBefore() == null
                ? null
                : recorded.inForceBefore().amountText();
        String summary = (recorded.corrected() != null ? "更正资助标准：" : "新增资助标准：")
                + programme.view().displayName() + " "
                + standard.describe() + "，自" + standard.validFrom().label() + "起执行（提交人：" + names.of(change.proposedBy())
                + "，审核人：" + names.of(change.decidedBy()) + "）";
        audit.record(AuditRecord.of("UPDATE", "programme", s.programmeCode(), summary)
                .withChanges(List.of(new FieldChange(field, before, standard.amountText())))
                .by(change.decidedBy()));
    }

    private void addExclusion(CatalogueChange change, ProposedExclusion e, Instant now) {
        long id = rules.addExclusion(new ExclusiveProgrammes(
                0,
                change.owner(),
                e.name(),
                e.programmeCodes(),
                e.note(),
                e.source(),
                now,
                change.proposedBy(),
                change.decidedBy()));
        audit.record(AuditRecord.of(
                        "CREATE",
                        "programme-exclusion",
                        id,
                        "新增互斥项目：" + e.name() + "（" + String.join("、", e.programmeCodes()) + "），提交人："
                                + names.of(change.proposedBy()) + "，审核人：" + names.of(change.decidedBy()))
                .by(change.decidedBy()));
    }

    private void removeExclusion(CatalogueChange change, ProposedRemoval r, Instant now) {
        ExclusiveProgrammes removed = rules.removeExclusion(r.exclusionId(), now, change.proposedBy())
                .orElseThrow(() -> new CatalogueChangeRefused("paying.exclusion.goneMeanwhile", r.name()));
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme-exclusion",
                        r.exclusionId(),
                        "删除互斥项目：" + removed.name() + "，提交人：" + names.of(change.proposedBy()) + "，审核人："
                                + names.of(change.decidedBy()))
                .withChanges(List.of(new FieldChange("互斥项目", String.join("、", removed.programmeCodes()), null)))
                .by(change.decidedBy()));
    }
}
