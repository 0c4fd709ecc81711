package com.aidloop.disbursement;

import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.round.RoundSplit;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a payout round would hold now: one batch per issuing bank with its count, amount and the
 * bank's remembered template; the students who cannot be paid until their card is recorded, by name;
 * how many awards (or installments) already have a payment; the programmes left out because they are
 * not paid by card; the pay date, and the installments falling due after it (for a later round).
 */
public record RoundPreview(
        List<BankShare> banks,
        List<MissingCard> missingCards,
        long alreadyPaid,
        List<String> notPaidByCard,
        LocalDate payDate,
        PayoutFigure notYetDue) {

    public RoundPreview {
        banks = List.copyOf(banks);
        missingCards = List.copyOf(missingCards);
        notPaidByCard = List.copyOf(notPaidByCard);
    }

    /** The preview of a split read up to the pay date, each bank with the template it was last exported with. */
    public static RoundPreview of(
            RoundSplit split, Map<String, String> templates, List<String> notPaidByCard, LocalDate payDate) {
        List<BankShare> banks = new ArrayList<>();
        split.byBank().forEach((bank, due) -> {
            ControlTotals totals = RoundSplit.totals(due);
            banks.add(new BankShare(bank, totals.count(), totals.amount(), templates.get(bank)));
        });
        List<MissingCard> missing = split.withoutCard().stream()
                .map(a -> new MissingCard(
                        a.awardId(),
                        a.studentId(),
                        Masking.personName(a.studentName()),
                        a.schoolName(),
                        a.programmeName(),
                        a.amount()))
                .toList();
        return new RoundPreview(banks, missing, split.alreadyPaid(), notPaidByCard, payDate, split.notYetDue());
    }

    public long count() {
        return banks.stream().mapToLong(BankShare::count).sum();
    }

    public Money amount() {
        return banks.stream().map(BankShare::amount).reduce(Money.ZERO, Money::plus);
    }

    /** One bank's future batch; {@code template} is the bank file template last used for this bank, or null. */
    public record BankShare(String bank, long count, Money amount, String template) {}

    /**
     * A confirmed award that no batch can pay: its student has no aid card (or no 开户银行) on the
     * award. The page links to the student's record, where the card is changed (资助卡变更).
     */
    public record MissingCard(
            long awardId, long studentId, String studentName, String schoolName, String programmeName, Money amount) {}
}
