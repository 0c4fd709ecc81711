package com.aidloop.audit.chain;

import com.aidloop.shared.Masking;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last line of defence: callers pass masked values, but anything in an audit text that looks
 * like a resident ID number, a bank card number or a mobile number is masked again before it is
 * written, because the audit trail can never be corrected afterwards.
 */
final class SensitiveShapes {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern CARD_NUMBER = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86)?1[3-9]\\d{9}(?!\\d)");

    private SensitiveShapes() {}

    static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, Masking::idNumber);
        masked = replace(CARD_NUMBER, masked, Masking::bankCard);
        return replace(MOBILE, masked, SensitiveShapes::maskMobile);
    }

    private static String maskMobile(String mobile) {
        String local = mobile.substring(mobile.length() - 11);
        return Masking.phone(local);
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> masking) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masking.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
