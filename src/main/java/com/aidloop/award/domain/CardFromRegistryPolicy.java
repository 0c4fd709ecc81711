package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.CARD_NUMBER;

import com.aidloop.registry.RegisteredCard;
import java.util.Optional;

/**
 * A row of a card programme (资助卡发放) that leaves 资助卡号 blank takes the card on the student's
 * registry record, and says so as a notice naming the card's last four digits; when the record
 * holds no card either, the row is still imported with a warning, since the award cannot be paid
 * until the card is recorded (the payout round names the student with a link to fix it). Rows of
 * programmes paid to the school or in kind need no card. Rows with an error are left alone: they
 * are never written.
 */
final class CardFromRegistryPolicy {

    private CardFromRegistryPolicy() {}

    static void apply(CheckedRow row, RowLookups lookups) {
        if (row.cardNumber != null
                || row.hasErrors()
                || row.idNumber == null
                || row.programmeCode == null
                || row.problems.stream().anyMatch(p -> p.column() == CARD_NUMBER)
                || !lookups.paidByCard(row.programmeCode)) {
            return;
        }
        Optional<RegisteredCard> registered = lookups.registeredCard(row.idNumber);
        if (registered.isEmpty()) {
            row.warning(CARD_NUMBER, "award.card.missingEverywhere", row.programmeName);
            return;
        }
        RegisteredCard card = registered.get();
        row.cardNumber = card.number();
        row.bank = card.bank();
        row.notice(CARD_NUMBER, "award.card.fromRegistry", card.bank(), card.masked());
    }
}
