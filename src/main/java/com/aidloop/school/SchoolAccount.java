package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Text;

/**
 * The bank account a school receives transfers into (收款账户): the account name (户名, usually the
 * school's own name), the bank branch (开户行) and the account number. The number is sealed at
 * rest and masked on pages like every account number; the transfer form (资金拨付单) prints it
 * whole, audited.
 *
 * @param numberMasked the number as pages show it (last four digits)
 */
public record SchoolAccount(String accountName, String bank, String numberMasked) {

    public static final int NAME_MAX = 60;

    /** The typed account name or bank: required, at most 60 characters, never formula-like. */
    public static String name(String raw, String field) {
        String text = Text.normalize(raw);
        if (text.isEmpty()) {
            throw new InvalidValue("school.account." + field + ".required");
        }
        if (text.length() > NAME_MAX) {
            throw new InvalidValue("school.account.tooLong", NAME_MAX, text.length());
        }
        if (SchoolContact.startsLikeAFormula(text)) {
            throw new InvalidValue("school.text.formula");
        }
        return text;
    }

    /** The typed account number with spaces and dashes taken out: 8 to 30 digits. */
    public static String number(String raw) {
        String digits = Text.compact(raw).replace("-", "").replace(" ", "");
        if (!digits.matches("[0-9]{8,30}")) {
            throw new InvalidValue("school.account.number");
        }
        return digits;
    }

    public static String masked(String number) {
        return Masking.bankCard(number);
    }
}
