package com.aidloop.shared;

/**
 * An aid card number (资助卡号): 16 to 19 digits. A failed Luhn check is only a warning, as
 * some rural cooperative cards are valid without one; callers read {@link #passesLuhn()}.
 */
public record BankCardNumber(String value) {

    public BankCardNumber {
        value = Text.compact(value);
        if (value.isEmpty()) {
            throw new InvalidValue("card.required");
        }
        if (!value.matches("\\d{16,19}")) {
            throw new InvalidValue("card.format", value.length());
        }
    }

    public boolean passesLuhn() {
        return luhn(value);
    }

    public static boolean luhn(String digits) {
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
