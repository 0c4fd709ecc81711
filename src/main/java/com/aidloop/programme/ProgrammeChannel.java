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
 * A programme's payment channel from a term on (发放渠道), effective-dated and bi-temporal like its
 * standards and payout schedule. No recorded channel means {@link PaymentChannel#CARD}.
 */
public record ProgrammeChannel(
        Term validFrom, PaymentChannel channel, String note, String source, Instant recordedAt, String recordedBy) {

    public static final int NOTE_MAX = 200;

    public ProgrammeChannel {
        if (validFrom == null || channel == null) {
            throw new IllegalArgumentException("a channel needs a term and a channel");
        }
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }

    /** The default for a programme without a recorded channel. */
    public static ProgrammeChannel byCard(Term from) {
        return new ProgrammeChannel(from, PaymentChannel.CARD, "", "", null, null);
    }

    public static ProgrammeChannel parse(
            String validFrom, String channel, String note, String source, Instant at, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        Term from = null;
        try {
            from = Term.parse(validFrom);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("validFrom", invalid));
        }
        String typed = Text.compact(channel);
        PaymentChannel chosen = PaymentChannel.named(typed);
        if (chosen == null) {
            problems.add(new FieldProblem("channel", "paying.channel.unknown", new Object[] {typed}));
        }
        String n = Text.compact(note);
        String s = Text.compact(source);
        if (n.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "paying.channel.tooLong", new Object[] {NOTE_MAX, n.length()}));
        }
        if (s.length() > NOTE_MAX) {
            problems.add(new FieldProblem("source", "paying.channel.tooLong", new Object[] {NOTE_MAX, s.length()}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProgrammeChannel(from, chosen, n, s, at, by);
    }

    /** "拨付学校" etc. */
    public String describe() {
        return channel.label();
    }
}
