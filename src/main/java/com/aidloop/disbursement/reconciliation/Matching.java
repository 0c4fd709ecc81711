package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.shared.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Matches the lines of a return file to the batch's payments by reference. One rule per outcome,
 * checked in this order: a malformed line; an unknown reference; an amount that differs; an
 * unknown result; a payment already settled (the same result: idempotent, another: a conflict);
 * else paid or failed. Then the lines of one reference are compared: identical repeats are
 * counted and ignored, differing ones are all queued as duplicates and none is applied. Nothing
 * that is not a clean line about a pending payment ever settles one.
 */
public final class Matching {

    private Matching() {}

    /** The outcome of every line, in file order, with counts by outcome. */
    public record Matched(List<LineOutcome> lines, Map<Outcome, Integer> counts) {

        public Matched {
            lines = List.copyOf(lines);
            counts = Map.copyOf(counts);
        }

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        public int queued() {
            return (int) lines.stream().filter(l -> l.outcome().queued()).count();
        }

        public List<LineOutcome> settling() {
            return lines.stream().filter(l -> l.outcome().settles()).toList();
        }

        public List<LineOutcome> exceptions() {
            return lines.stream().filter(l -> l.outcome().queued()).toList();
        }
    }

    public static Matched match(List<ReturnLine> lines, Function<String, PaymentState> paymentsByReference) {
        List<LineOutcome> outcomes = new ArrayList<>(lines.size());
        Map<String, List<Integer>> byReference = new LinkedHashMap<>();
        for (ReturnLine line : lines) {
            outcomes.add(single(line, line.reference().isEmpty() ? null : paymentsByReference.apply(line.reference())));
            if (!line.reference().isEmpty()) {
                byReference
                        .computeIfAbsent(line.reference(), r -> new ArrayList<>())
                        .add(outcomes.size() - 1);
            }
        }
        for (List<Integer> repeats : byReference.values()) {
            if (repeats.size() > 1) {
                repeated(outcomes, repeats);
            }
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return new Matched(outcomes, counts);
    }

    static LineOutcome single(ReturnLine line, PaymentState payment) {
        if (line.isMalformed()) {
            return explained(line, Outcome.MALFORMED_LINE, payment, line.problem());
        }
        if (payment == null) {
            return explained(line, Outcome.UNKNOWN_REFERENCE, null, line.reference());
        }
        if (line.amount().compareTo(payment.amount()) != 0) {
            return explained(
                    line,
                    Outcome.AMOUNT_MISMATCH,
                    payment,
                    line.amount().display(),
                    payment.amount().display());
        }
        if (line.result() == ReturnResult.UNKNOWN) {
            return explained(line, Outcome.UNKNOWN_RESULT, payment, line.resultText());
        }
        PaymentStatus reported = line.result().settlesAs();
        if (payment.status() == reported) {
            return explained(line, Outcome.ALREADY_SETTLED, payment);
        }
        if (payment.status() != PaymentStatus.PENDING) {
            return explained(
                    line,
                    Outcome.CONFLICTING_RESULT,
                    payment,
                    reported.label(),
                    payment.status().label());
        }
        return new LineOutcome(line, reported == PaymentStatus.PAID ? Outcome.PAID : Outcome.FAILED, payment, null);
    }

    /** An outcome with the sentence that explains it (reconciliation.outcome.*): the line's number, then {@code facts}. */
    private static LineOutcome explained(ReturnLine line, Outcome outcome, PaymentState payment, Object... facts) {
        Object[] args = new Object[facts.length + 1];
        args[0] = String.valueOf(line.lineNo());
        System.arraycopy(facts, 0, args, 1, facts.length);
        return new LineOutcome(line, outcome, payment, text("reconciliation.outcome." + outcome.name(), args));
    }

    private static void repeated(List<LineOutcome> outcomes, List<Integer> repeats) {
        LineOutcome first = outcomes.get(repeats.getFirst());
        boolean identical = repeats.stream().map(outcomes::get).allMatch(o -> sameContents(first, o));
        String lineNumbers = String.join(
                "、",
                repeats.stream()
                        .map(i -> String.valueOf(outcomes.get(i).line().lineNo()))
                        .toList());
        for (int k = 0; k < repeats.size(); k++) {
            int i = repeats.get(k);
            LineOutcome o = outcomes.get(i);
            String at = String.valueOf(o.line().lineNo());
            if (identical && k > 0) {
                outcomes.set(
                        i,
                        new LineOutcome(
                                o.line(),
                                Outcome.DUPLICATE_LINE,
                                o.payment(),
                                text("reconciliation.outcome.DUPLICATE_LINE", at, lineNumbers)));
            } else if (!identical && !o.outcome().queued()) {
                outcomes.set(
                        i,
                        new LineOutcome(
                                o.line(),
                                Outcome.DUPLICATE,
                                o.payment(),
                                text(
                                        "reconciliation.outcome.DUPLICATE",
                                        at,
                                        o.line().reference(),
                                        String.valueOf(repeats.size()),
                                        lineNumbers)));
            }
        }
    }

    private static boolean sameContents(LineOutcome a, LineOutcome b) {
        ReturnLine x = a.line();
        ReturnLine y = b.line();
        return a.outcome() == b.outcome()
                && x.result() == y.result()
                && Objects.equals(x.amount(), y.amount())
                && x.reason().equals(y.reason())
                && Objects.equals(x.problem(), y.problem());
    }

    private static String text(String code, Object... args) {
        return Messages.format(code, args);
    }
}
