package com.aidloop.award;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.persistence.RecoveryStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money recovered from awards (追回资金), e.g. after a 四项比对 found a family that was not in
 * difficulty: the amount is spread over the chosen awards in their order, never more than an award
 * paid less what was recovered from it before; the day and the voucher (收款凭证号) are kept, and
 * the integrity check shows the recovered money as its own line. Audited per award.
 */
@Service
public class AwardRecoveries {

    public static final int VOUCHER_MAX = 100;
    public static final int REASON_MAX = 200;

    private final RecoveryStore store;
    private final AuditTrail audit;
    private final ChinaTime time;

    AwardRecoveries(RecoveryStore store, AuditTrail audit, ChinaTime time) {
        this.store = store;
        this.audit = audit;
        this.time = time;
    }

    /** What came back: from which of the student's awards, how much in all, when, against which voucher, why. */
    public record Recovery(
            long studentId,
            List<Long> awardIds,
            BigDecimal amount,
            LocalDate recoveredOn,
            String voucher,
            String reason,
            String source) {}

    /** The student's awards of the terms in the scope, with what was recovered from each. */
    @Transactional(readOnly = true)
    public List<RecoverableAward> ofStudent(long studentId, List<Term> terms, DataScope scope) {
        return store.ofStudent(studentId, terms.stream().map(Term::code).toList(), scope, false);
    }

    /** The recoveries of a term in the scope (the integrity check's line). */
    @Transactional(readOnly = true)
    public List<RecoveredAward> inTerm(Term term, DataScope scope, int limit) {
        return store.inTerm(term, scope, limit);
    }

    /**
     * Records the recovery, all or nothing.
     *
     * @throws InvalidInput when the amount, day, voucher or reason is missing or wrong
     * @throws RecoveryRefused when an award is not the student's in the scope, or the amount exceeds what is open
     */
    @Transactional
    public Money record(Recovery recovery, List<Term> terms, CurrentAccount by) {
        check(recovery);
        String voucher = required(recovery.voucher(), "voucher", VOUCHER_MAX);
        String reason = required(recovery.reason(), "reason", REASON_MAX);
        List<RecoverableAward> awards =
                store
                        .ofStudent(
                                recovery.studentId(),
                                terms.stream().map(Term::code).toList(),
                                by.scope(),
                                true)
                        .stream()
                        .filter(a -> recovery.awardIds().contains(a.awardId()))
                        .toList();
        if (awards.size() != recovery.awardIds().stream().distinct().count()) {
            throw new RecoveryRefused(Kind.NOT_FOUND, "recovery.awardNotFound");
        }
        Money open = awards.stream().map(RecoverableAward::open).reduce(Money.ZERO, Money::plus);
        Money wanted = new Money(recovery.amount());
        if (wanted.compareTo(open) > 0) {
            throw new RecoveryRefused(Kind.INVALID, "recovery.tooMuch", wanted.display(), open.display());
        }
        spread(awards, wanted, recovery, voucher, reason, by);
        return wanted;
    }

    private void spread(
            List<RecoverableAward> awards,
            Money wanted,
            Recovery recovery,
            String voucher,
            String reason,
            CurrentAccount by) {
        Money left = wanted;
        for (RecoverableAward award : awards) {
            if (left.yuan().signum() <= 0) {
                break;
            }
            Money part = left.compareTo(award.open()) > 0 ? award.open() : left;
            if (part.yuan().signum() <= 0) {
                continue;
            }
            store.insert(
                    award.awardId(),
                    award.term(),
                    part.yuan(),
                    recovery.recoveredOn(),
                    voucher,
                    reason,
                    recovery.source() == null ? "" : recovery.source(),
                    by.username());
            audit.record(AuditRecord.of(
                            "RECOVER",
                            "award",
                            award.awardId(),
                            "追回资金：" + award.programmeName() + " " + part + "元，" + recovery.recoveredOn() + "，凭证"
                                    + voucher + "；原因：" + reason)
                    .by(by.username()));
            left = left.minus(part);
        }
    }

    private void check(Recovery recovery) {
        if (recovery.amount() == null
                || recovery.amount().signum() <= 0
                || recovery.amount().scale() > 2) {
            throw InvalidInput.of("amount", "recovery.amount");
        }
        if (recovery.recoveredOn() == null || recovery.recoveredOn().isAfter(time.today())) {
            throw InvalidInput.of("recoveredOn", "recovery.day");
        }
        if (recovery.awardIds() == null || recovery.awardIds().isEmpty()) {
            throw InvalidInput.of("awardIds", "recovery.awardsRequired");
        }
    }

    private static String required(String raw, String field, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of(field, "recovery." + field + ".required");
        }
        if (text.length() > max) {
            throw InvalidInput.of(field, "recovery." + field + ".tooLong", max);
        }
        return text;
    }
}
