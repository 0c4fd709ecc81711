package com.aidloop.shared;

import java.util.Optional;

/**
 * An aid card number (资助卡号): 16 to 19 digits. A failed Luhn check is only a warning, as
 * some rural cooperative cards are valid without one; callers read {@link #passesLuhn()} or {@link #warning()}.
 */
public record BankCardNumber(String value) {

    public BankCardNumber {
        value = Text.compact(value);
        if (value.isEmpty()) {
            throw new InvalidValue("card.required");
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValue("card.characters");
        }
        if (value.length() < 16 || value.length() > 19) {
            throw new InvalidValue("card.format", value.length());
        }
    }

    public boolean passesLuhn() {
        return luhn(value);
    }

    /** The Luhn warning to show beside the number, if it fails the check; never thrown. */
    public Optional<InvalidValue> warning() {
        return passesLuhn() ? Optional.empty() : Optional.of(new InvalidValue("card.luhn"));
    }

    /** The Luhn (mod 10) check; false for anything that is not a non-empty run of ASCII digits. */
    public static boolean luhn(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public String masked() {
        return Masking.bankCard(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
