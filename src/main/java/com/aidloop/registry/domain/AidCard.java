package com.aidloop.registry.domain;

import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.Objects;

/**
 * The aid card (资助卡) that payouts go to: the bank and the card number. A card number failing
 * the Luhn check is kept with a warning, since some rural cooperative cards have none.
 */
public record AidCard(String bank, BankCardNumber number) {

    public static final int BANK_MAX = 40;

    public AidCard {
        bank = checkBank(bank);
        Objects.requireNonNull(number);
    }

    public static String checkBank(String raw) {
        String bank = Text.normalize(raw);
        if (bank.isEmpty()) {
            throw new InvalidValue("card.bank.required");
        }
        if (bank.length() > BANK_MAX) {
            throw new InvalidValue("card.bank.length", BANK_MAX);
        }
        return bank;
    }

    public boolean luhnWarning() {
        return !number.passesLuhn();
    }

    @Override
    public String toString() {
        return bank + " " + number.masked();
    }
}
