package com.aidloop.disbursement.installment;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How an award is paid (发放计划): at once for a programme paid once per term, or in monthly
 * installments. Monthly installments are equal, in fen rounded down, and the last one takes the
 * remainder, so that they add up to the award exactly. They fall due on {@code dueDay} of each
 * month from the term's first teaching month (March for spring, September for autumn); six
 * months start with the term itself (February, August), so that every installment falls in the term.
 */
public record InstallmentPlan(Money award, List<Installment> installments) {

    /** The earliest and latest day of a month an installment may fall due (every month has it). */
    public static final int FIRST_DAY = 1;

    public static final int LAST_DAY = 28;

    public InstallmentPlan {
        installments = List.copyOf(installments);
    }

    /** One installment: the whole award, due at once. */
    public static InstallmentPlan once(Money award) {
        return new InstallmentPlan(award, List.of(Installment.whole(award)));
    }

    /** {@code months} monthly installments of the award in the term, due on {@code dueDay} of each month. */
    public static InstallmentPlan monthly(Money award, Term term, int months, int dueDay) {
        if (months < 1 || months > 6) {
            throw new IllegalArgumentException("1 to 6 monthly installments, not " + months);
        }
        if (dueDay < FIRST_DAY || dueDay > LAST_DAY) {
            throw new IllegalArgumentException("an installment falls due on day 1 to 28, not " + dueDay);
        }
        List<Money> shares = shares(award, months);
        YearMonth first = firstMonth(term, months);
        List<Installment> installments = new ArrayList<>(months);
        for (int n = 1; n <= months; n++) {
            installments.add(new Installment(n, months, first.plusMonths(n - 1L).atDay(dueDay), shares.get(n - 1)));
        }
        return new InstallmentPlan(award, installments);
    }

    /** The amounts of {@code count} installments of the award: equal in fen rounded down, the last taking the rest. */
    public static List<Money> shares(Money award, int count) {
        long fen = award.yuan().movePointRight(2).longValueExact();
        if (count < 1 || fen < count) {
            throw new IllegalArgumentException("an award of " + award + " cannot be split into " + count);
        }
        long each = fen / count;
        List<Money> shares = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            long share = n < count ? each : fen - each * (count - 1);
            shares.add(new Money(BigDecimal.valueOf(share, 2).setScale(2, RoundingMode.UNNECESSARY)));
        }
        return shares;
    }

    /** The month of the first installment: the first teaching month, or the term's first month for six. */
    static YearMonth firstMonth(Term term, int months) {
        boolean spring = term.semester() == Term.Semester.SPRING;
        YearMonth start = YearMonth.of(term.year(), spring ? 2 : 8);
        return months == 6 ? start : start.plusMonths(1);
    }

    public int count() {
        return installments.size();
    }

    /** The installments due on or before the date (all of them for an award paid at once). */
    public List<Installment> dueBy(LocalDate date) {
        return installments.stream().filter(i -> i.dueBy(date)).toList();
    }

    /** The installments not yet due on the date. */
    public List<Installment> notYetDueOn(LocalDate date) {
        return installments.stream().filter(i -> !i.dueBy(date)).toList();
    }

    /** The installment with this number. */
    public Installment number(int n) {
        return installments.get(n - 1);
    }
}
