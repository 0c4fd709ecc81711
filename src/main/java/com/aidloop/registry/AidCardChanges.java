package com.aidloop.registry;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.domain.AidCard;
import com.aidloop.registry.domain.AidCardChange;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.persistence.CardChangeQueries;
import com.aidloop.registry.persistence.CardChangeStore;
import com.aidloop.registry.persistence.StudentStore;
import com.aidloop.registry.persistence.StudentStore.Placement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of students' aid cards (资助卡变更), four eyes: a changed card — typed into the student's
 * form or the API, or given when a failed payment is reissued — is a pending change, and the
 * record keeps the old card until a second person with AID_CARD_APPROVE approves it, or until the
 * reissue batch that carries it is approved (by someone who put nothing into that batch). Both
 * people and both cards (masked) are audited on the student, in the transaction of the step.
 */
@Service
@Transactional
public class AidCardChanges {

    private final CardChangeStore changes;
    private final CardChangeQueries queries;
    private final StudentStore students;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;
    private final ApplicationEventPublisher events;

    AidCardChanges(
            CardChangeStore changes,
            CardChangeQueries queries,
            StudentStore students,
            SchoolManagement schools,
            AuditTrail audit,
            CurrentAccounts accounts,
            ApplicationEventPublisher events) {
        this.changes = changes;
        this.queries = queries;
        this.students = students;
        this.schools = schools;
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
    }

    /** Card changes of the students in the scope, pending first; {@code status} null for all, {@code studentId} null for all students. */
    @Transactional(readOnly = true)
    public Paged<CardChangeView> list(CardChangeStatus status, Long studentId, DataScope scope, Paging paging) {
        Paged<CardChangeView> page = queries.list(status, studentId, scope, paging);
        Map<Long, SchoolView> byId = schools.byIds(
                page.content().stream().map(CardChangeView::schoolId).distinct().toList());
        return page.map(c -> c.withSchoolName(Optional.ofNullable(byId.get(c.schoolId()))
                .map(SchoolView::name)
                .orElse(null)));
    }

    @Transactional(readOnly = true)
    public CardChangeView get(long id, DataScope scope) {
        CardChangeView view = queries.find(id, scope).orElseThrow(() -> CardChangeRefused.notFound(id));
        return view.withSchoolName(
                schools.byId(view.schoolId()).map(SchoolView::name).orElse(null));
    }

    /**
     * The card a revision of the student asks for, as a pending change by the current account
     * (a newer request replaces a pending one). Nothing when it is the card on record, or the very
     * card already waiting.
     */
    void request(Student student, AidCard requested) {
        String by = accounts.find().map(CurrentAccount::username).orElse("system");
        Optional<AidCardChange> waiting = changes.pendingOf(student.id());
        if (waiting.isPresent() && Objects.equals(waiting.get().newCard(), requested)) {
            return;
        }
        request(student, requested, by, null, waiting);
    }

    /**
     * The corrected card of a reissued payment (重新发放), as a pending change carried by the
     * reissue batch: approving that batch approves it.
     *
     * @return false, and nothing written, when the student is not in the scope or already holds this card
     */
    public boolean requestForReissue(
            long studentId, String bank, BankCardNumber number, CardChangeCarrier carrier, String by, DataScope scope) {
        Optional<Student> student = placementInScope(studentId, scope).flatMap(p -> students.load(studentId));
        if (student.isEmpty()) {
            return false;
        }
        return request(student.get(), new AidCard(bank, number), by, carrier, changes.pendingOf(studentId));
    }

    /**
     * 审核通过 by a second person: the student's record takes the new card.
     *
     * @param seenVersion the change's version as the approver saw it (optional)
     */
    public CardChangeView approve(long id, Integer seenVersion, CurrentAccount account) {
        AidCardChange change = decidable(id, seenVersion, account.scope());
        change.approve(account.username(), Instant.now());
        takeEffect(change, account.scope(), "");
        return get(id, account.scope());
    }

    /** 驳回 with a reason: the old card stays. */
    public CardChangeView reject(long id, Integer seenVersion, String reason, CurrentAccount account) {
        AidCardChange change = decidable(id, seenVersion, account.scope());
        change.reject(account.username(), Instant.now(), reason);
        changes.save(change);
        Student student = students.load(change.studentId()).orElseThrow(() -> new StudentNotFound(change.studentId()));
        audit.record(AuditRecord.of(
                        "CARD_CHANGE_REJECT",
                        "student",
                        change.studentId(),
                        "驳回资助卡变更（#" + id + "）：" + student.facts().name() + "，申请人 " + change.requestedBy() + "，原因："
                                + Masking.withinText(change.decisionNote()))
                .withChanges(change.auditChanges())
                .by(account.username()));
        return get(id, account.scope());
    }

    /**
     * The reissue batch was approved by {@code by} (never one of its makers): every change it carries
     * takes effect.
     *
     * @return how many students' records took their new card
     */
    public int approveCarried(long batchId, String by, DataScope scope) {
        int approved = 0;
        for (AidCardChange change : changes.pendingCarriedBy(batchId)) {
            if (placementInScope(change.studentId(), scope).isEmpty()) {
                continue;
            }
            change.approveWithBatch(batchId, by, Instant.now());
            takeEffect(change, scope, "，随重新发放批次 " + change.carrier().batchReference() + " 审核通过");
            approved++;
        }
        return approved;
    }

    /**
     * The reissued payment left its batch before approval: the change it carried stays pending and
     * is now approved on its own.
     */
    public boolean releaseCarried(long paymentId, String by, DataScope scope) {
        Optional<AidCardChange> carried = changes.pendingCarriedByPayment(paymentId)
                .filter(c -> placementInScope(c.studentId(), scope).isPresent());
        if (carried.isEmpty()) {
            return false;
        }
        AidCardChange change = carried.get();
        String batch = change.carrier().batchReference();
        change.release();
        changes.save(change);
        audit.record(AuditRecord.of(
                        "CARD_CHANGE_RELEASE",
                        "student",
                        change.studentId(),
                        "重新发放的这笔发放已从批次 " + batch + " 移除，资助卡变更（#" + change.id() + "）改为单独审核")
                .withChanges(change.auditChanges())
                .by(by));
        return true;
    }

    private boolean request(
            Student student, AidCard requested, String by, CardChangeCarrier carrier, Optional<AidCardChange> waiting) {
        Instant now = Instant.now();
        Optional<AidCardChange> asked = student.requestCard(requested, by, now, carrier);
        if (asked.isEmpty()) {
            return false;
        }
        waiting.ifPresent(previous -> {
            previous.supersede(by, now);
            changes.save(previous);
        });
        long id;
        try {
            id = changes.insert(asked.get());
        } catch (DuplicateKeyException raced) {
            throw CardChangeRefused.changedMeanwhile();
        }
        audit.record(AuditRecord.of(
                        "CARD_CHANGE_REQUEST",
                        "student",
                        student.id(),
                        "申请变更资助卡（#" + id + "，待审核）："
                                + student.facts().name()
                                + (carrier == null ? "" : "，随重新发放批次 " + carrier.batchReference() + " 审核")
                                + waiting.map(p -> "；替代此前待审核的申请 #" + p.id()).orElse(""))
                .withChanges(asked.get().auditChanges())
                .by(by));
        return true;
    }

    private AidCardChange decidable(long id, Integer seenVersion, DataScope scope) {
        queries.find(id, scope).orElseThrow(() -> CardChangeRefused.notFound(id));
        AidCardChange change = changes.load(id).orElseThrow(() -> CardChangeRefused.notFound(id));
        if (seenVersion != null && seenVersion != change.version()) {
            throw CardChangeRefused.changedMeanwhile();
        }
        return change;
    }

    /** The approved change's card on the student's record, and both people and cards in the audit trail. */
    private void takeEffect(AidCardChange change, DataScope scope, String how) {
        Placement placement =
                placementInScope(change.studentId(), scope).orElseThrow(() -> new StudentNotFound(change.studentId()));
        Student student = students.load(change.studentId()).orElseThrow(() -> new StudentNotFound(change.studentId()));
        student.takeApprovedCard(change);
        if (!students.update(student, placement.schoolTownshipCode())) {
            throw new StudentChangedMeanwhile(change.studentId());
        }
        changes.save(change);
        audit.record(AuditRecord.of(
                        "CARD_CHANGE_APPROVE",
                        "student",
                        change.studentId(),
                        "资助卡变更（#" + change.id() + "）审核通过：" + student.facts().name() + "，申请人 " + change.requestedBy()
                                + "，审核人 " + change.decidedBy() + how)
                .withChanges(change.auditChanges())
                .by(change.decidedBy()));
        events.publishEvent(new AidCardTookEffect(
                change.studentId(),
                change.newCard().bank(),
                change.newCard().number().value()));
    }

    private Optional<Placement> placementInScope(long id, DataScope scope) {
        return students.placement(id)
                .filter(p -> scope.coversStudent(p.schoolId(), p.schoolTownshipCode(), p.householdRegionCode()));
    }
}
