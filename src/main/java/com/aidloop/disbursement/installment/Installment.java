package com.aidloop.disbursement.installment;

import com.aidloop.shared.Money;
import java.time.LocalDate;

/**
 * One installment of an award (第n/N期): its number, how many the award has, the day it falls due
 * and its amount. An award paid once per term is one installment without a due day of its own (the
 * term's deadline governs it).
 *
 * @param dueOn the day it falls due, or null for a once-per-term award (due at once)
 */
public record Installment(int number, int count, LocalDate dueOn, Money amount) {

    public Installment {
        if (count < 1 || number < 1 || number > count) {
            throw new IllegalArgumentException("installment " + number + " of " + count);
        }
        if (amount == null || amount.yuan().signum() <= 0) {
            throw new IllegalArgumentException("an installment pays a positive amount");
        }
    }

    /** The single installment of an award paid once per term. */
    public static Installment whole(Money amount) {
        return new Installment(1, 1, null, amount);
    }

    /** Whether the installment may be paid by a round or batch of that date: due on or before it. */
    public boolean dueBy(LocalDate date) {
        return dueOn == null || !dueOn.isAfter(date);
    }

    public boolean isWhole() {
        return count == 1 && dueOn == null;
    }

    /** "第1/5期", or "" for an award paid at once. */
    public String label() {
        return isWhole() ? "" : label(number, count);
    }

    /** "第n/N期" for stored payment lines; "" for one installment of one. */
    public static String label(int number, int count) {
        return count <= 1 ? "" : "第" + number + "/" + count + "期";
    }
}
