package com.aidloop.programme;

import com.aidloop.shared.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as pages and messages show them: "1,750.00". */
public final class Yuan {

    private Yuan() {}

    public static String text(Money money) {
        if (money == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(money.yuan());
    }
}
