package com.aidloop.iam.account;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.shared.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a rule decided: allowed, or rejected with the rule's message code and the facts it used,
 * which read as a Chinese sentence saying what to do.
 */
public record Decision(boolean allowed, String code, List<Object> args) {

    private static final Decision ALLOW = new Decision(true, null, List.of());

    public Decision {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Decision allow() {
        return ALLOW;
    }

    public static Decision reject(String code, Object... args) {
        return new Decision(
                false,
                code,
                Arrays.stream(args).map(a -> Objects.requireNonNullElse(a, "")).toList());
    }

    public boolean rejected() {
        return !allowed;
    }

    /** The reason in Chinese, or null when allowed. */
    public String reason() {
        return allowed ? null : Messages.format(code, args.toArray());
    }

    /** Throws when rejected; for use where a rejection is a broken rule, not a question. */
    public void orThrow() {
        if (rejected()) {
            throw new AccountRuleBroken(code, args);
        }
    }
}
