package com.aidloop.comparison.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Text;
import java.math.BigDecimal;

/** Reads a list attribute's cell by its kind, or refuses it with a sentence naming the fix. */
final class AttributeValues {

    private static final int MAX_TEXT = 50;

    private AttributeValues() {}

    static String read(ListAttribute attribute, String raw) {
        return switch (attribute.kind()) {
            case TEXT -> raw.length() > MAX_TEXT ? raw.substring(0, MAX_TEXT) : raw;
            case YEAR -> year(attribute, raw);
            case YES_NO -> yesNo(attribute, raw);
            case MONEY -> money(attribute, raw);
            case NUMBER -> number(attribute, raw);
            case CREDIT_CODE -> CreditCode.check(raw);
        };
    }

    private static String year(ListAttribute attribute, String raw) {
        String digits = Text.compact(raw).replace("年", "");
        if (digits.matches("(19|20)[0-9]{2}")) {
            return digits;
        }
        throw new InvalidValue("comparison.attribute.year", attribute.label(), raw);
    }

    private static String yesNo(ListAttribute attribute, String raw) {
        return switch (Text.compact(raw).toUpperCase(java.util.Locale.ROOT)) {
            case "是", "Y", "YES", "1", "享受" -> "是";
            case "否", "N", "NO", "0", "不享受" -> "否";
            default -> throw new InvalidValue("comparison.attribute.yesNo", attribute.label(), raw);
        };
    }

    private static String money(ListAttribute attribute, String raw) {
        String text = Text.compact(raw).replace(",", "").replace("元", "");
        BigDecimal factor = BigDecimal.ONE;
        if (text.endsWith("万")) {
            text = text.substring(0, text.length() - 1);
            factor = BigDecimal.valueOf(10_000);
        }
        try {
            BigDecimal amount = new BigDecimal(text).multiply(factor);
            if (amount.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return Money.yuan(amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                    .yuan()
                    .toPlainString();
        } catch (NumberFormatException | InvalidValue e) {
            throw new InvalidValue("comparison.attribute.money", attribute.label(), raw);
        }
    }

    private static String number(ListAttribute attribute, String raw) {
        try {
            BigDecimal value = new BigDecimal(Text.compact(raw).replace(",", ""));
            if (value.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new InvalidValue("comparison.attribute.number", attribute.label(), raw);
        }
    }
}
