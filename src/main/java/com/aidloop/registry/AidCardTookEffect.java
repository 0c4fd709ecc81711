package com.aidloop.registry;

import com.aidloop.shared.Masking;

/**
 * A student's record took a new aid card (an approved 资助卡变更), published in the approving
 * transaction so that awards still waiting for a card can take it at once. Never logged whole.
 */
public record AidCardTookEffect(long studentId, String bank, String cardNumber) {

    @Override
    public String toString() {
        return "AidCardTookEffect[" + studentId + " " + bank + " " + Masking.bankCard(cardNumber) + "]";
    }
}
