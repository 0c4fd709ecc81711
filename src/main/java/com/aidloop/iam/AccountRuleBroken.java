package com.aidloop.iam;

import com.aidloop.iam.account.IamMessages;
import java.util.List;

/**
 * An account change breaks one of the account or password rules. Carries the rule's message
 * code and facts; the message is the Chinese sentence saying what to do.
 */
public class AccountRuleBroken extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public AccountRuleBroken(String code, List<Object> args) {
        super(code);
        this.code = code;
        this.args = List.copyOf(args);
    }

    public static AccountRuleBroken of(String code, Object... args) {
        return new AccountRuleBroken(code, List.of(args));
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getLocalizedMessage() {
        return IamMessages.format(code, args.toArray());
    }
}
