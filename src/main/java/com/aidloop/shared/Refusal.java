package com.aidloop.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request refused by a business rule. Carries what to tell the person (a message code of the
 * {@code messages} bundles and its arguments) and the kind of refusal, from which pages and the
 * API take their status. Never put a full ID or card number into the arguments. A refusal that
 * matters to the auditor says why ({@link #auditedAs}) and about what ({@link #about}); the error
 * layer hands every refusal to the audit trail, which records those (docs/iam-and-audit.md).
 */
public abstract class Refusal extends RuntimeException {

    /** What went wrong, as the person asking can act on it. */
    public enum Kind {
        /** Nothing of that name exists inside the caller's scope (its existence is not revealed). */
        NOT_FOUND,
        /** The caller sees the thing but may not make this change to it (another level of government owns it). */
        FORBIDDEN,
        /** The thing exists, but its state or another rule does not allow the step now. */
        CONFLICT,
        /** A value of the request breaks a rule; correcting it helps. */
        INVALID,
        /** The request is well formed, but its content (a file, a missing reason) cannot be processed. */
        UNPROCESSABLE
    }

    /** Why a refusal belongs in the audit trail. Most do not: a wrong value, a step the state does not allow now. */
    public enum Concern {
        /**
         * Not for itself; a {@link Kind#NOT_FOUND} that names {@link #about its object} is audited
         * when that object exists, outside the caller's scope.
         */
        NONE,
        /** An approval refused, e.g. the maker of a payout batch approving it (maker–checker). */
        APPROVAL,
        /** A file that was uploaded before, refused as a duplicate. */
        DUPLICATE_UPLOAD,
        /** Someone else changed or decided the same thing first (a lost race, an optimistic check). */
        LOST_RACE
    }

    /** The object a refusal is about: its kind, as the audit trail names it ({@code "student"}), and its id. */
    public record Subject(String type, String id) {

        public Subject {
            Objects.requireNonNull(type);
            Objects.requireNonNull(id);
        }
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private Concern concern = Concern.NONE;
    private transient Subject subject;

    protected Refusal(Kind kind, String code, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Why the auditor wants to see this refusal; {@link Concern#NONE} for most. */
    public Concern concern() {
        return concern;
    }

    /** The object refused, when the refusal is about one. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }

    /** Marks this refusal for the audit trail, e.g. {@code throw new X().auditedAs(Concern.LOST_RACE)}. */
    public final Refusal auditedAs(Concern why) {
        this.concern = Objects.requireNonNull(why);
        return this;
    }

    /** Names the object refused, as the audit trail calls it, e.g. {@code about("payout_batch", 12)}. */
    public final Refusal about(String type, Object id) {
        this.subject = new Subject(type, String.valueOf(id));
        return this;
    }

    /** The fields concerned, each with its own message; none when the request is refused as a whole. */
    public List<FieldProblem> problems() {
        return List.of();
    }

    /** Facts a client may act on besides the message, e.g. the id of the student already registered. */
    public Map<String, Object> facts() {
        return Map.of();
    }

    /** The Chinese sentence for this refusal. */
    @Override
    public String getLocalizedMessage() {
        return Messages.format(code, args);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + " " + Arrays.toString(args) + "]";
    }
}
