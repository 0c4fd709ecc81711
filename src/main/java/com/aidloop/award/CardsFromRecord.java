package com.aidloop.award;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.AidCardTookEffect;
import com.aidloop.shared.Masking;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Awards imported without a card (the roster left 资助卡号 blank and the registry held none) take
 * the card a student's record receives later, in the same transaction, so that the student named
 * on a payout round's preview is paid by the next round once the card is fixed. Awards that
 * already carry a card keep it: changing a paid or failed card goes through reissue.
 */
@Component
class CardsFromRecord {

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    CardsFromRecord(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    @EventListener
    void on(AidCardTookEffect card) {
        jdbc.sql("""
                        UPDATE award_award
                           SET card_bank = :bank, card_number_sealed = :sealed, card_number_index = :index,
                               card_number_masked = :masked
                         WHERE student_id = :student AND card_number_sealed IS NULL
                        """)
                .param("bank", card.bank())
                .param("sealed", sensitive.seal(card.cardNumber()))
                .param("index", sensitive.blindIndex(SensitiveKind.BANK_CARD, card.cardNumber()))
                .param("masked", Masking.bankCard(card.cardNumber()))
                .param("student", card.studentId())
                .update();
    }
}
