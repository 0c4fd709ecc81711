package com.aidloop.registry;

import com.aidloop.shared.Masking;

/** A student's aid card as the registry holds it: the issuing bank and the full number (never logged). */
public record RegisteredCard(String bank, String number) {

    public String masked() {
        return Masking.bankCard(number);
    }

    @Override
    public String toString() {
        return "RegisteredCard[" + bank + " " + masked() + "]";
    }
}
