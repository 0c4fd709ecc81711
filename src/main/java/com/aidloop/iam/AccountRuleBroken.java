package com.aidloop.iam;

import com.aidloop.shared.Refusal;
import java.util.List;

/**
 * An account change breaks one of the account or password rules. Carries the rule's message
 * code and facts; the message is the Chinese sentence saying what to do.
 */
public class AccountRuleBroken extends Refusal {

    public AccountRuleBroken(String code, List<Object> args) {
        super(Kind.INVALID, code, args.toArray());
    }

    public static AccountRuleBroken of(String code, Object... args) {
        return new AccountRuleBroken(code, List.of(args));
    }
}
