package com.aidloop.settlement.domain;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a school served under an in-kind programme in one month (膳食供应): the days meals were
 * served, the students served, and what it cost. The month must lie in the term (spring:
 * February–July; autumn: August–January), the days in the month.
 */
public record MealProvision(Term term, YearMonth month, int daysServed, int studentsServed, Money amount) {

    public static final int MOST_STUDENTS = 100_000;

    public MealProvision {
        if (!Term.of(month.atDay(1)).equals(term)) {
            throw InvalidInput.of("month", "provision.monthOutsideTerm", label(month), term.label());
        }
        if (daysServed < 1 || daysServed > month.lengthOfMonth()) {
            throw InvalidInput.of("daysServed", "provision.days", label(month), month.lengthOfMonth());
        }
        if (studentsServed < 1 || studentsServed > MOST_STUDENTS) {
            throw InvalidInput.of("studentsServed", "provision.students", MOST_STUDENTS);
        }
        if (amount.yuan().signum() < 0) {
            throw InvalidInput.of("amount", "provision.amountNegative");
        }
    }

    /** Reads what a school typed: month as 2026-03 or 2026年3月, whole numbers, yuan; each problem named by field. */
    public static MealProvision parse(Term term, String month, String days, String students, String amount) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth m = month(month, problems);
        Integer d = whole(days, "daysServed", problems);
        Integer s = whole(students, "studentsServed", problems);
        Money yuan = null;
        try {
            yuan = Money.yuan(Text.compact(amount));
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("amount", invalid));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new MealProvision(term, m, d, s, yuan);
    }

    public static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private static YearMonth month(String raw, List<FieldProblem> problems) {
        String text = Text.normalize(raw)
                .replace(" ", "")
                .replace("年", "-")
                .replace("月", "")
                .replace("/", "-")
                .replace(".", "-");
        if (text.matches("[0-9]{4}-[0-9]{1,2}")) {
            int year = Integer.parseInt(text.substring(0, 4));
            int monthValue = Integer.parseInt(text.substring(5));
            if (monthValue >= 1 && monthValue <= 12) {
                return YearMonth.of(year, monthValue);
            }
        }
        problems.add(new FieldProblem("month", "provision.monthFormat", new Object[] {Text.compact(raw)}));
        return null;
    }

    private static Integer whole(String raw, String field, List<FieldProblem> problems) {
        String text = Text.compact(raw);
        if (text.matches("[0-9]{1,6}")) {
            return Integer.valueOf(text);
        }
        problems.add(new FieldProblem(field, "provision.wholeNumber", new Object[] {text}));
        return null;
    }
}
