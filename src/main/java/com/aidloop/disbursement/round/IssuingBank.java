package com.aidloop.disbursement.round;

import java.util.List;

/**
 * The bank that issued an aid card, as the registry's 开户银行 names it, reduced to the bank whose
 * batch platform pays it: "湖南平江农村商业银行" and "平江农商行" are one bank's cards, each bank
 * receives only its own. A name no rule knows is its own bank (stripped).
 */
public final class IssuingBank {

    private record Rule(String bank, List<String> marks) {}

    /** First match wins: 农村商业银行 before 农业银行, 中国银行 last. */
    private static final List<Rule> RULES = List.of(
            new Rule("农村商业银行", List.of("农村商业银行", "农商行", "农商银行", "农村信用", "农信社", "农村合作银行")),
            new Rule("中国邮政储蓄银行", List.of("邮政储蓄", "邮储")),
            new Rule("中国农业银行", List.of("农业银行", "农行")),
            new Rule("中国建设银行", List.of("建设银行", "建行")),
            new Rule("中国工商银行", List.of("工商银行", "工行")),
            new Rule("交通银行", List.of("交通银行")),
            new Rule("中国银行", List.of("中国银行", "中行")));

    private IssuingBank() {}

    /** The issuing bank of a card whose 开户银行 reads {@code cardBank}, or null when none is recorded. */
    public static String of(String cardBank) {
        if (cardBank == null || cardBank.isBlank()) {
            return null;
        }
        String name = cardBank.strip();
        for (Rule rule : RULES) {
            if (rule.marks().stream().anyMatch(name::contains)) {
                return rule.bank();
            }
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
