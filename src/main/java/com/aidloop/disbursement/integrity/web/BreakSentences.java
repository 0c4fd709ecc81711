package com.aidloop.disbursement.integrity.web;

import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A break as one Chinese sentence that says where it is and what differs ({@code integrity.break.<KIND>}). */
@Component
class BreakSentences {

    private final MessageSource messages;

    BreakSentences(MessageSource messages) {
        this.messages = messages;
    }

    String of(IntegrityBreak b) {
        Object[] args = {
            orDash(b.batchReference()), orDash(b.paymentReference()), orDash(b.schoolName()), orDash(b.cardNumberMasked()),
            yuan(b.expected()), yuan(b.actual()), Long.toString(b.expectedCount()), Long.toString(b.actualCount()),
            b.awardId() == null ? "-" : b.awardId().toString()
        };
        return messages.getMessage("integrity.break." + b.kind().name(), args, b.kind().name(), LocaleContextHolder.getLocale());
    }

    static String yuan(Money money) {
        return money == null ? "-" : Money.display(money);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
