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
 * difficulty: only from confirmed awards (only those could have been paid), the amount spread over
 * the chosen awards in their order, never more than an award paid less what was recovered from it or
 * waits for review; the day and the voucher (收款凭证号) are kept. A recording is PENDING until a
 * second staff member confirms or rejects it ({@link RecoveryReviews}, 双人复核): pending money
 * reserves its award's amount, but only confirmed money is recovered, which the integrity check
 * shows as its own line. Audited per award.
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

    /** The student's awards of the terms in the scope, with what was recovered from each and whether it is recoverable. */
    @Transactional(readOnly = true)
    public List<RecoverableAward> ofStudent(long studentId, List<Term> terms, DataScope scope) {
        return store.ofStudent(studentId, codes(terms), scope, false);
    }

    /** The recordings of money recovered from the student's awards of the terms in the scope, with their review. */
    @Transactional(readOnly = true)
    public List<RecoveryEntry> entriesOfStudent(long studentId, List<Term> terms, DataScope scope) {
        return store.entriesOfStudent(studentId, codes(terms), scope);
    }

    /** The first recoveries of a term in the scope with the status (the integrity check's lines). */
    @Transactional(readOnly = true)
    public List<RecoveredAward> inTerm(Term term, DataScope scope, RecoveryStatus status, int limit) {
        return store.inTerm(term, scope, status, limit);
    }

    /** The recovered (confirmed) and the pending money of a term in the scope. */
    @Transactional(readOnly = true)
    public RecoveryTotals totalsInTerm(Term term, DataScope scope) {
        return store.totalsInTerm(term, scope);
    }

    /** A recording's entry number and its amount, pending until a second staff member reviews it. */
    public record Recorded(long entry, Money amount) {}

    /**
     * Records the recovery as PENDING (待复核), all or nothing.
     *
     * @throws InvalidInput when the amount, day, voucher or reason is missing or wrong
     * @throws RecoveryRefused when an award is not the student's in the scope, is not confirmed, or
     *     the amount exceeds what is open
     */
    @Transactional
    public Recorded record(Recovery recovery, List<Term> terms, CurrentAccount by) {
        check(recovery);
        String voucher = required(recovery.voucher(), "voucher", VOUCHER_MAX);
        String reason = required(recovery.reason(), "reason", REASON_MAX);
        List<RecoverableAward> awards = store.ofStudent(recovery.studentId(), codes(terms), by.scope(), true).stream()
                .filter(a -> recovery.awardIds().contains(a.awardId()))
                .toList();
        if (awards.size() != recovery.awardIds().stream().distinct().count()) {
            throw new RecoveryRefused(Kind.NOT_FOUND, "recovery.awardNotFound");
        }
        awards.stream().filter(a -> !a.confirmed()).findFirst().ifPresent(a -> {
            throw new RecoveryRefused(
                    Kind.CONFLICT,
                    "recovery.notConfirmed",
                    a.programmeName(),
                    Term.parse(a.term()).label());
        });
        Money open = awards.stream().map(RecoverableAward::open).reduce(Money.ZERO, Money::plus);
        Money wanted = new Money(recovery.amount());
        if (wanted.compareTo(open) > 0) {
            throw new RecoveryRefused(Kind.INVALID, "recovery.tooMuch", wanted.display(), open.display());
        }
        long entry = store.nextEntry();
        spread(
                awards,
                wanted,
                new Recording(
                        entry,
                        recovery.recoveredOn(),
                        voucher,
                        reason,
                        recovery.source() == null ? "" : recovery.source(),
                        by.username()));
        return new Recorded(entry, wanted);
    }

    /** What every part of one recording shares. */
    private record Recording(
            long entry, LocalDate recoveredOn, String voucher, String reason, String source, String by) {}

    private void spread(List<RecoverableAward> awards, Money wanted, Recording common) {
        Money left = wanted;
        for (RecoverableAward award : awards) {
            if (left.yuan().signum() <= 0) {
                break;
            }
            Money part = left.compareTo(award.open()) > 0 ? award.open() : left;
            if (part.yuan().signum() <= 0) {
                continue;
            }
            store.insert(new RecoveryStore.Part(
                    common.entry(),
                    award.awardId(),
                    award.term(),
                    part.yuan(),
                    common.recoveredOn(),
                    common.voucher(),
                    common.reason(),
                    common.source(),
                    common.by()));
            audit.record(AuditRecord.of(
                            "RECOVER",
                            "award",
                            award.awardId(),
                            "追回资金（待复核，登记" + common.entry() + "）：" + award.programmeName() + " " + part + "元，"
                                    + common.recoveredOn() + "，凭证" + common.voucher() + "；原因：" + common.reason())
                    .by(common.by()));
            left = left.minus(part);
        }
    }

    private static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).toList();
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
