package com.aidloop.disbursement.reconciliation;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.notification.SmsBulkEnqueue;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsStudent;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS notice of payments that became PAID, put in the outbox inside the same transaction
 * (docs/notifications.md): to the guardian's phone of the award, with the card's last four digits.
 * A programme whose name the content policy refuses gets the notice without it. No phone, no
 * message: counted.
 */
@Component
public class PaidNotices {

    private static final Logger log = LoggerFactory.getLogger(PaidNotices.class);

    private final PayableAwards awards;
    private final SmsOutbox outbox;
    private final SensitiveData sensitive;
    private final JdbcClient jdbc;

    PaidNotices(PayableAwards awards, SmsOutbox outbox, SensitiveData sensitive, JdbcClient jdbc) {
        this.awards = awards;
        this.outbox = outbox;
        this.sensitive = sensitive;
        this.jdbc = jdbc;
    }

    /** How many notices were enqueued, and how many payments had no phone (or no confirmed award). */
    public record Sent(int enqueued, int withoutPhone, int refused) {}

    /** A paid payment as the notice needs it. */
    record PaidPayment(String reference, long awardId, Money amount, String cardMasked) {}

    /** Enqueues the notice of each of these payments, which must have become PAID in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Sent enqueue(String batchRef, List<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return new Sent(0, 0, 0);
        }
        List<PaidPayment> paid = paidPayments(paymentIds);
        Map<Long, PayableAward> byAward = awardsOf(paid);
        List<SmsRequest> requests = new ArrayList<>(paid.size());
        // the notice without the programme's name, built only for those the content policy refuses
        Map<SmsRequest, Supplier<SmsRequest>> fallbacks = new IdentityHashMap<>();
        int withoutPhone = 0;
        for (PaidPayment payment : paid) {
            PayableAward award = byAward.get(payment.awardId());
            PhoneNumber phone = award == null ? null : phone(award.phoneSealed());
            if (phone == null) {
                withoutPhone++;
                continue;
            }
            String last4 = lastFour(payment.cardMasked());
            SmsRequest request = notice(
                    batchRef,
                    payment,
                    award,
                    phone,
                    SmsMessage.payout(
                            award.studentName(), award.programmeName(), payment.amount(), last4, award.term()));
            requests.add(request);
            fallbacks.put(
                    request,
                    () -> notice(
                            batchRef,
                            payment,
                            award,
                            phone,
                            SmsMessage.payoutWithoutProgramme(
                                    award.studentName(), payment.amount(), last4, award.term())));
        }
        return enqueueAll(requests, fallbacks, withoutPhone);
    }

    /** Those of {@code paymentIds} that are PAID, in the order of their batch's lines. */
    private List<PaidPayment> paidPayments(List<Long> paymentIds) {
        return jdbc.sql("""
                        SELECT reference, award_id, amount, card_number_masked FROM disbursement_payment
                         WHERE id = ANY(CAST(:ids AS bigint[])) AND status = 'PAID' ORDER BY line_no
                        """)
                .param("ids", paymentIds.toArray(Long[]::new))
                .query((rs, n) -> new PaidPayment(
                        rs.getString("reference"),
                        rs.getLong("award_id"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getString("card_number_masked")))
                .list();
    }

    /** The notice to the guardian's phone of the award. */
    private static SmsRequest notice(
            String batchRef, PaidPayment payment, PayableAward award, PhoneNumber phone, SmsMessage message) {
        SmsStudent student = new SmsStudent(
                award.studentId(),
                award.studentName(),
                award.schoolId(),
                award.schoolTownshipCode(),
                award.householdVillageCode() != null ? award.householdVillageCode() : award.householdTownshipCode());
        return SmsRequest.payment(payment.reference(), batchRef, phone, SmsRecipient.GUARDIAN, student, message);
    }

    /** Enqueues the notices; those the content policy refuses go again as their fallbacks, and what is refused then is counted. */
    private Sent enqueueAll(
            List<SmsRequest> requests, Map<SmsRequest, Supplier<SmsRequest>> fallbacks, int withoutPhone) {
        SmsBulkEnqueue first = outbox.enqueueAll(requests);
        int enqueued = first.accepted();
        int refused = 0;
        if (!first.refused().isEmpty()) {
            List<SmsRequest> plain = first.refused().stream()
                    .map(r -> fallbacks.get(r.request()).get())
                    .toList();
            SmsBulkEnqueue second = outbox.enqueueAll(plain);
            enqueued += second.accepted();
            refused = second.refused().size();
            second.refused()
                    .forEach(r -> log.warn(
                            "payment notice {} not sent: {}",
                            r.request().paymentRef(),
                            r.reason().rule()));
        }
        return new Sent(enqueued, withoutPhone, refused);
    }

    private Map<Long, PayableAward> awardsOf(List<PaidPayment> paid) {
        Map<Long, PayableAward> byId = new HashMap<>();
        awards.byIds(paid.stream().map(PaidPayment::awardId).distinct().toList())
                .forEach(a -> byId.put(a.awardId(), a));
        return byId;
    }

    private PhoneNumber phone(String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return null;
        }
        try {
            return new PhoneNumber(sensitive.open(sealed));
        } catch (InvalidValue e) {
            return null;
        }
    }

    /** The last four digits of the masked card ("************1234"): the full number is never opened for a notice. */
    static String lastFour(String masked) {
        String digits = masked == null ? "" : masked.replaceAll("[^0-9]", "");
        return digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits;
    }
}
