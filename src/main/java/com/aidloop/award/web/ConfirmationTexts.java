package com.aidloop.award.web;

import com.aidloop.award.ConfirmationRefused;
import com.aidloop.award.RuleBreach;
import com.aidloop.award.RuleBreach.BreachingAward;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese sentences of confirmation answers, for the page and the API alike. */
@Component
class ConfirmationTexts {

    private final MessageSource messages;

    ConfirmationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }

    /** One sentence per broken rule, e.g. "名额：“…”本学期名额为3人…". */
    String sentence(RuleBreach breach) {
        return breach.rule().label() + "：" + text(breach.messageCode(), breach.args().toArray());
    }

    String refusal(ConfirmationRefused refused) {
        return text("confirmation.refused", refused.breaches().stream().map(RuleBreach::rule).distinct()
                .map(r -> r.label()).collect(Collectors.joining("、")));
    }

    List<Map<String, Object>> breaches(ConfirmationRefused refused) {
        return refused.breaches().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", b.rule().name());
            m.put("ruleName", b.rule().label());
            m.put("message", sentence(b));
            m.put("awards", b.awards().stream().map(ConfirmationTexts::award).toList());
            return m;
        }).toList();
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
