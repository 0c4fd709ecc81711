package com.aidloop.disbursement.integrity;

import com.aidloop.award.SchoolAwardTotals.SchoolTotal;
import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.disbursement.IntegrityBreak.Kind;
import com.aidloop.disbursement.IntegrityReport.Settlement;
import com.aidloop.disbursement.IntegrityReport.SettlementGap;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.settlement.TransferTally;
import com.aidloop.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chain of the programmes settled with the schools, per school and programme: the confirmed
 * awards against the transfer recorded for them and its confirmation by the school. A transfer
 * not recorded yet, or not confirmed yet, is work to do; a recorded transfer for other students or
 * another sum than the awards, or for a programme that pays by card, is a break.
 */
public final class SettlementChain {

    /** The levels and the breaks the chain shows. */
    public record Result(Settlement settlement, List<IntegrityBreak> breaks) {}

    private SettlementChain() {}

    /**
     * @param settled the programmes that pay the school or in kind in the term
     * @param awards their confirmed awards per school and programme
     * @param transfers the transfers of the term, of any programme
     */
    public static Result of(Set<String> settled, List<SchoolTotal> awards, List<TransferTally> transfers) {
        Map<String, TransferTally> unmatched = new LinkedHashMap<>();
        transfers.forEach(t -> unmatched.put(t.schoolId() + "/" + t.programmeCode(), t));
        Tally tally = new Tally();
        for (SchoolTotal award : awards) {
            tally.owe(award, unmatched.remove(award.schoolId() + "/" + award.programmeCode()));
        }
        for (TransferTally t : unmatched.values()) {
            if (t.transferred()) {
                tally.breaks.add(IntegrityBreak.ofTransfer(
                        settled.contains(t.programmeCode()) ? Kind.TRANSFER_DIFFERS : Kind.TRANSFER_FOR_CARD_PROGRAMME,
                        t.reference(),
                        t.schoolId(),
                        t.schoolName(),
                        Money.ZERO,
                        t.amount(),
                        0,
                        t.awards()));
            }
        }
        transfers.stream().filter(TransferTally::transferred).forEach(tally::sent);
        return new Result(
                new Settlement(tally.owed, tally.sent, tally.confirmed, tally.notSent, tally.awaiting, tally.gaps),
                tally.breaks);
    }

    /** The sums as the chain is walked. */
    private static final class Tally {
        PayoutFigure owed = PayoutFigure.NONE;
        PayoutFigure sent = PayoutFigure.NONE;
        PayoutFigure confirmed = PayoutFigure.NONE;
        PayoutFigure notSent = PayoutFigure.NONE;
        PayoutFigure awaiting = PayoutFigure.NONE;
        final List<SettlementGap> gaps = new ArrayList<>();
        final List<IntegrityBreak> breaks = new ArrayList<>();

        /**
         * A school's awards of a programme against its transfer (null: none drafted): students and
         * yuan, or for meals in kind students only (the amount is the meals served).
         */
        void owe(SchoolTotal award, TransferTally t) {
            PayoutFigure due = new PayoutFigure(award.awards(), award.amount());
            owed = owed.plus(due);
            if (t == null || !t.transferred()) {
                notSent = notSent.plus(due);
                gaps.add(new SettlementGap(
                        award.schoolName(),
                        award.programmeName(),
                        t == null ? null : t.reference(),
                        t == null ? "未生成拨付单" : "拨付单待转账",
                        due));
            } else if (t.inKind()
                    ? t.awards() != award.awards()
                    : !figure(t).minus(due).isZero()) {
                breaks.add(IntegrityBreak.ofTransfer(
                        Kind.TRANSFER_DIFFERS,
                        t.reference(),
                        t.schoolId(),
                        t.schoolName(),
                        award.amount(),
                        t.amount(),
                        award.awards(),
                        t.awards()));
            }
        }

        /** A recorded transfer: confirmed by its school, or awaiting it. */
        void sent(TransferTally t) {
            sent = sent.plus(figure(t));
            if (t.confirmed()) {
                confirmed = confirmed.plus(figure(t));
            } else {
                awaiting = awaiting.plus(figure(t));
                gaps.add(new SettlementGap(t.schoolName(), t.programmeName(), t.reference(), "已转账，待学校确认", figure(t)));
            }
        }
    }

    private static PayoutFigure figure(TransferTally t) {
        return new PayoutFigure(t.awards(), t.amount());
    }
}
