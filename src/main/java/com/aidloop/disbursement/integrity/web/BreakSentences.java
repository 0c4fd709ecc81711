package com.aidloop.disbursement.integrity.web;

import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import org.springframework.stereotype.Component;

/** A break as one Chinese sentence that says where it is and what differs ({@code integrity.break.<KIND>}). */
@Component
class BreakSentences {

    String of(IntegrityBreak b) {
        Object[] args = {
            orDash(b.batchReference()),
            orDash(b.paymentReference()),
            orDash(b.schoolName()),
            orDash(b.cardNumberMasked()),
            yuan(b.expected()),
            yuan(b.actual()),
            Long.toString(b.expectedCount()),
            Long.toString(b.actualCount()),
            b.awardId() == null ? "-" : b.awardId().toString()
        };
        return Messages.format("integrity.break." + b.kind().name(), args);
    }

    static String yuan(Money money) {
        return money == null ? "-" : Money.display(money);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
