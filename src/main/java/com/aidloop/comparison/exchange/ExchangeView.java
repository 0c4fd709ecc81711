package com.aidloop.comparison.exchange;

import java.time.Instant;

/**
 * A private exchange as pages and the API show it (never its key).
 *
 * @param keyCheck the key's eight-character check, which the department's tool prints
 * @param answerListId the list its answer became, null while unanswered
 */
public record ExchangeView(
        long id,
        String regionCode,
        String typeCode,
        String typeName,
        String department,
        String keyCheck,
        int persons,
        String createdBy,
        Instant createdAt,
        Long answerListId,
        Instant answeredAt) {

    public boolean answered() {
        return answerListId != null;
    }
}
