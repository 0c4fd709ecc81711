package com.aidloop.award;

import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import java.util.List;

/**
 * A paying rule that a confirmation would break: the rule, a message code of the award bundle
 * with its arguments (the facts used), and the awards that break it, masked.
 */
public record RuleBreach(PayingRule rule, String messageCode, List<Object> args, List<BreachingAward> awards) {

    public RuleBreach {
        args = List.copyOf(args);
        awards = List.copyOf(awards);
    }

    /** One sentence for the broken rule, e.g. "名额：“…”本学期名额为3人…". */
    public String sentence() {
        return rule.label() + "：" + Messages.format(messageCode, args.toArray());
    }

    /** An award named in a refusal: masked ID number, name, school, programme, amount, and what is wrong with it ("" if nothing particular). */
    public record BreachingAward(
            long awardId,
            String idNumberMasked,
            String studentName,
            String schoolName,
            String programmeName,
            Money amount,
            String detail) {}
}
