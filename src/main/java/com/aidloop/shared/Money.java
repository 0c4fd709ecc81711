package com.aidloop.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** An amount in yuan with exactly two decimals (元, to the fen). Never a double. */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    private static final Pattern DECORATION = Pattern.compile("[\\s,元¥￥]");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (yuan == null) {
            throw new InvalidValue("money.required");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue("money.fen", yuan.toPlainString());
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses an amount as written in forms and spreadsheets: "1,250.00元", "￥1250", full-width
     * digits, a leading minus for returned payouts. Not {@link Text#compact}, which drops dashes.
     */
    public static Money yuan(String amount) {
        String s = Text.normalize(amount)
                .replace('\u2212', '-')
                .transform(t -> DECORATION.matcher(t).replaceAll(""));
        if (s.isEmpty()) {
            throw new InvalidValue("money.required");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new InvalidValue("money.format", s);
        }
        return new Money(new BigDecimal(s));
    }

    public static Money yuan(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    /**
     * The amount as every page, export sentence and message shows it: "1,750.00", "-500.00".
     * The API sends {@link #toString()} instead ("1750.00"), which parses back without a locale.
     */
    public String display() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan);
    }

    /** {@link #display()} of an amount that may be missing: "" for none. */
    public static String display(Money money) {
        return money == null ? "" : money.display();
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
