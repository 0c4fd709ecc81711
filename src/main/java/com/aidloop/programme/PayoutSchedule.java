package com.aidloop.programme;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a programme pays out from a term on (发放方式): once per term, or monthly over a number of
 * months of the term (1–6). A programme without a recorded schedule pays once per term.
 */
public record PayoutSchedule(
        Term validFrom, Mode mode, Integer months, String note, String source, Instant recordedAt, String recordedBy) {

    public enum Mode {
        ONCE_PER_TERM("每学期一次"),
        MONTHLY("按月发放");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PayoutSchedule {
        if (mode == Mode.ONCE_PER_TERM && months != null
                || mode == Mode.MONTHLY && (months == null || months < 1 || months > 6)) {
            throw new InvalidValue("paying.schedule.months");
        }
    }

    /** The default for a programme without a recorded schedule. */
    public static PayoutSchedule oncePerTerm(Term from) {
        return new PayoutSchedule(from, Mode.ONCE_PER_TERM, null, "", "", null, null);
    }

    public static PayoutSchedule parse(
            String validFrom, String mode, String months, String note, String source, Instant at, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        Term from = null;
        try {
            from = Term.parse(validFrom);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("validFrom", invalid));
        }
        Mode chosen = null;
        String m = Text.compact(mode);
        for (Mode candidate : Mode.values()) {
            if (candidate.name().equalsIgnoreCase(m) || candidate.label.equals(m)) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            problems.add(new FieldProblem("mode", "paying.schedule.mode", new Object[] {m}));
        }
        Integer count = null;
        if (chosen == Mode.MONTHLY) {
            try {
                count = Integer.valueOf(Text.compact(months));
                if (count < 1 || count > 6) {
                    problems.add(new FieldProblem("months", "paying.schedule.months", new Object[0]));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("months", "paying.schedule.months", new Object[0]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PayoutSchedule(from, chosen, count, Text.compact(note), Text.compact(source), at, by);
    }

    /** "每学期一次" or "按月发放（每学期5个月）". */
    public String describe() {
        return mode == Mode.MONTHLY ? mode.label() + "（每学期" + months + "个月）" : mode.label();
    }
}
