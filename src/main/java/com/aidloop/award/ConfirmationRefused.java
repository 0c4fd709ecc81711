package com.aidloop.award;

import com.aidloop.award.RuleBreach.BreachingAward;
import com.aidloop.shared.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A confirmation was refused as a whole because it would break paying rules; nothing was confirmed. */
public class ConfirmationRefused extends Refusal {

    private final transient List<RuleBreach> breaches;

    public ConfirmationRefused(List<RuleBreach> breaches) {
        super(
                Kind.CONFLICT,
                "confirmation.refused",
                breaches.stream()
                        .map(RuleBreach::rule)
                        .distinct()
                        .map(PayingRule::label)
                        .collect(Collectors.joining("、")));
        this.breaches = List.copyOf(breaches);
    }

    public List<RuleBreach> breaches() {
        return breaches;
    }

    /** The broken rules for an API client: each with its sentence and the awards that break it, masked. */
    @Override
    public Map<String, Object> facts() {
        return Map.of(
                "breaches", breaches.stream().map(ConfirmationRefused::breach).toList());
    }

    private static Map<String, Object> breach(RuleBreach b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", b.rule().name());
        m.put("ruleName", b.rule().label());
        m.put("message", b.sentence());
        m.put("awards", b.awards().stream().map(ConfirmationRefused::award).toList());
        return m;
    }

    private static Map<String, Object> award(BreachingAward a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("awardId", a.awardId());
        m.put("idNumber", a.idNumberMasked());
        m.put("name", a.studentName());
        m.put("school", a.schoolName());
        m.put("programme", a.programmeName());
        m.put("amount", a.amount().yuan().toPlainString());
        m.put("detail", a.detail());
        return m;
    }
}
