package com.aidloop.disbursement.web;

import com.aidloop.disbursement.RoundPreview;
import com.aidloop.disbursement.RoundView;
import com.aidloop.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The API's shapes of payout rounds and their previews. */
final class RoundJson {

    private RoundJson() {}

    /** @param payDate the round pays the installments due on or before it; today when absent */
    record NewRound(String term, List<String> programmeCodes, List<String> townshipCodes, LocalDate payDate) {}

    record Opinion(String opinion) {}

    record Round(
            long id,
            String reference,
            String term,
            String countyCode,
            List<String> townshipCodes,
            String regionName,
            List<String> programmeCodes,
            String programmeNames,
            String status,
            long count,
            Money amount,
            String createdBy,
            Instant createdAt,
            List<BatchJson.Batch> batches,
            LocalDate payDate) {

        static Round of(RoundView r) {
            return new Round(
                    r.id(),
                    r.reference(),
                    r.term().code(),
                    r.countyCode(),
                    r.townshipCodes(),
                    r.regionName(),
                    r.programmeCodes(),
                    r.programmeNames(),
                    r.statusLabel(),
                    r.count(),
                    r.amount(),
                    r.createdBy(),
                    r.createdAt(),
                    r.batches().stream().map(BatchJson.Batch::of).toList(),
                    r.payDate());
        }
    }

    /** The students without a card are named (the page links to their record to fix the card). */
    record Preview(
            long count,
            Money amount,
            List<RoundPreview.BankShare> banks,
            long missingCardCount,
            List<RoundPreview.MissingCard> missingCards,
            long alreadyPaid,
            List<String> notPaidByCard,
            LocalDate payDate,
            long notYetDueCount,
            Money notYetDueAmount) {

        static Preview of(RoundPreview p) {
            return new Preview(
                    p.count(),
                    p.amount(),
                    p.banks(),
                    p.missingCards().size(),
                    p.missingCards(),
                    p.alreadyPaid(),
                    p.notPaidByCard(),
                    p.payDate(),
                    p.notYetDue().count(),
                    p.notYetDue().amount());
        }
    }
}
