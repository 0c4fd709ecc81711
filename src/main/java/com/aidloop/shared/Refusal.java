package com.aidloop.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request refused by a business rule. Carries what to tell the person (a message code of the
 * {@code messages} bundles and its arguments) and the kind of refusal, from which pages and the
 * API take their status. Never put a full ID or card number into the arguments.
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

    private final Kind kind;
    private final String code;
    private final transient Object[] args;

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
