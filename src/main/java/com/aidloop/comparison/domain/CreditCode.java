package com.aidloop.comparison.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) checked per GB 32100-2015: 18 characters of
 * 0-9 and upper-case letters without I, O, Z, S, V, the last a check character (weighted sum
 * modulo 31).
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** The code, compact and upper case, or {@link InvalidValue} saying what is wrong. */
    public static String check(String raw) {
        String code = Text.compact(raw).toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            throw new InvalidValue("comparison.creditCode.length", code.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                throw new InvalidValue("comparison.creditCode.characters");
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (CHARS.charAt(check) != code.charAt(17)) {
            throw new InvalidValue("comparison.creditCode.checkCharacter");
        }
        return code;
    }
}
