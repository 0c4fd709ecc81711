package com.aidloop.comparison.worklist;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.AwardRecoveries;
import com.aidloop.award.ConfirmingAwards;
import com.aidloop.award.RecoverableAward;
import com.aidloop.award.RecoveryEntry;
import com.aidloop.award.RecoveryReviews;
import com.aidloop.comparison.ListRefused;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Money;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding a 四项比对 case with evidence (county staff and above): 核实无误 (kept, with the reason),
 * 取消认定 (the student's confirmed awards of the recent terms go back to unconfirmed through
 * award's 撤销确认 rules: refused, with nothing changed, when an award is in a payout batch) or
 * 追回资金 (the awards to recover, amount, day and voucher, recorded by award and shown by the
 * integrity check). The item is closed in the same transaction as what the decision does. A
 * recovery waits for a second county staff member (双人复核): confirmed, it is recovered money;
 * rejected, it reserves nothing and the case opens again to be decided anew.
 */
@Service
public class SuspectDecisions {

    private final Worklists worklists;
    private final WorklistStore store;
    private final ObjectProvider<ConfirmingAwards> confirming;
    private final ObjectProvider<AwardRecoveries> recoveries;
    private final ObjectProvider<RecoveryReviews> reviews;
    private final AuditTrail audit;
    private final ChinaTime time;

    SuspectDecisions(
            Worklists worklists,
            WorklistStore store,
            ObjectProvider<ConfirmingAwards> confirming,
            ObjectProvider<AwardRecoveries> recoveries,
            ObjectProvider<RecoveryReviews> reviews,
            AuditTrail audit,
            ChinaTime time) {
        this.worklists = worklists;
        this.store = store;
        this.confirming = confirming;
        this.recoveries = recoveries;
        this.reviews = reviews;
        this.audit = audit;
        this.time = time;
    }

    /** The money to recover: from which awards, how much, when, against which voucher. */
    public record Recovery(List<Long> awardIds, BigDecimal amount, LocalDate recoveredOn, String voucher) {}

    /** The student's awards of the school year that money could be recovered from (for the decision form). */
    @Transactional(readOnly = true)
    public List<RecoverableAward> awards(long itemId, CurrentAccount account) {
        WorklistItem item = worklists.get(itemId, account);
        AwardRecoveries awards = recoveries.getIfAvailable();
        return awards == null ? List.of() : awards.ofStudent(item.studentId(), schoolYear(), account.scope());
    }

    /** The recordings of money recovered for this case, with their review (双人复核). */
    @Transactional(readOnly = true)
    public List<RecoveryEntry> recoveries(long itemId, CurrentAccount account) {
        WorklistItem item = worklists.get(itemId, account);
        AwardRecoveries awards = recoveries.getIfAvailable();
        return awards == null
                ? List.of()
                : awards.entriesOfStudent(item.studentId(), schoolYear(), account.scope()).stream()
                        .filter(e -> e.source().equals(source(itemId)))
                        .toList();
    }

    /** 核实无误: the household's listing does not change the identification; the reason is kept. */
    @Transactional
    public void verify(long itemId, String reason, CurrentAccount account) {
        Worklists.requireCounty(account);
        close(itemId, Outcome.VERIFIED, reason, account, "");
    }

    /** 取消认定: revokes the student's confirmed awards of the school year, then closes the item. */
    @Transactional
    public void cancel(long itemId, String reason, CurrentAccount account) {
        Worklists.requireCounty(account);
        WorklistItem item = open(itemId, account);
        ConfirmingAwards awards = confirming.getObject();
        StringBuilder done = new StringBuilder();
        TreeSet<String> terms = new TreeSet<>();
        recoveries.getObject().ofStudent(item.studentId(), schoolYear(), account.scope()).stream()
                .filter(RecoverableAward::confirmed)
                .forEach(a -> terms.add(a.term()));
        for (String term : terms) {
            ConfirmingAwards.Revoked revoked = awards.revokeStudent(
                    Term.parse(term), item.schoolId(), item.studentId(), "四项比对取消认定：" + reason, account);
            done.append("；撤销确认")
                    .append(revoked.awards())
                    .append("项，")
                    .append(revoked.amount())
                    .append("元");
        }
        close(itemId, Outcome.CANCELLED, reason, account, done.toString());
    }

    /** 追回资金: records the recovery (amount, day, voucher) against the chosen awards, then closes the item. */
    @Transactional
    public Money recover(long itemId, String reason, Recovery recovery, CurrentAccount account) {
        Worklists.requireCounty(account);
        WorklistItem item = open(itemId, account);
        AwardRecoveries.Recorded recorded = recoveries
                .getObject()
                .record(
                        new AwardRecoveries.Recovery(
                                item.studentId(),
                                recovery.awardIds(),
                                recovery.amount(),
                                recovery.recoveredOn(),
                                recovery.voucher(),
                                reason,
                                source(itemId)),
                        schoolYear(),
                        account);
        close(
                itemId,
                Outcome.RECOVERED,
                reason,
                account,
                "；追回" + recorded.amount() + "元，" + recovery.recoveredOn() + "，凭证" + recovery.voucher() + "（登记"
                        + recorded.entry() + "，待复核）");
        return recorded.amount();
    }

    /** 复核确认: a county staff member other than the recorder confirms the case's recovery; it is recovered money now. */
    @Transactional
    public RecoveryEntry confirmRecovery(long itemId, long entry, CurrentAccount account) {
        Worklists.requireCounty(account);
        ofCase(itemId, entry, account);
        return reviews.getObject().confirm(entry, account);
    }

    /**
     * 退回: a county staff member other than the recorder rejects the case's recovery with a reason;
     * it reserves nothing, and the case opens again to be decided anew.
     */
    @Transactional
    public RecoveryEntry rejectRecovery(long itemId, long entry, String reason, CurrentAccount account) {
        Worklists.requireCounty(account);
        ofCase(itemId, entry, account);
        RecoveryEntry rejected = reviews.getObject().reject(entry, reason, account);
        if (store.reopen(itemId, Outcome.RECOVERED, account.scope())) {
            audit.record(AuditRecord.of(
                            "UPDATE",
                            "comparison_worklist_item",
                            itemId,
                            "四项比对：追回资金登记" + entry + "被退回，事项重新待处理；退回原因：" + reason.strip())
                    .by(account.username()));
        }
        return rejected;
    }

    private void ofCase(long itemId, long entry, CurrentAccount account) {
        if (recoveries(itemId, account).stream().noneMatch(e -> e.entry() == entry)) {
            throw new ListRefused(Kind.NOT_FOUND, "comparison.worklist.recoveryNotFound", entry);
        }
    }

    private static String source(long itemId) {
        return "四项比对 #" + itemId;
    }

    private WorklistItem open(long itemId, CurrentAccount account) {
        WorklistItem item = worklists.get(itemId, account);
        if (item.kind() != WorklistKind.SUSPECT || !item.open()) {
            throw new ListRefused(Kind.CONFLICT, "comparison.worklist.notOpen", item.studentName());
        }
        return item;
    }

    private void close(long itemId, Outcome outcome, String reason, CurrentAccount account, String done) {
        int closed = worklists.closed(
                List.of(itemId),
                WorklistKind.SUSPECT,
                outcome,
                new Worklists.Closing(outcome.name(), reason, null, null, null, null),
                account,
                done);
        if (closed != 1) {
            throw new ListRefused(Kind.CONFLICT, "comparison.worklist.notOpen", itemId);
        }
    }

    private List<Term> schoolYear() {
        return WorklistRules.recentTerms(time.today());
    }
}
