package com.aidloop.notification;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.notification.domain.SmsContentPolicy;
import com.aidloop.notification.persistence.NewSms;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.notification.sending.SmsProperties;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS outbox (短信告知). Other modules put messages in with {@link #enqueue} inside the
 * transaction of the fact they report, so that a message exists if and only if that fact
 * committed; the dispatcher sends them afterwards. Status views filter by the reader's
 * {@link DataScope}; staff send a failed message again with {@link #resend}, which is audited.
 */
@Service
public class SmsOutbox {

    private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);
    private static final Paging ALL_OF_A_STUDENT = new Paging(1, 100);

    private final SmsStore store;
    private final SmsContentPolicy policy;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;
    private final String signature;
    private final boolean gatewayConfigured;

    SmsOutbox(
            SmsStore store,
            SmsContentPolicy policy,
            SensitiveData sensitive,
            AuditTrail audit,
            CurrentAccounts accounts,
            SmsProperties properties) {
        this.store = store;
        this.policy = policy;
        this.sensitive = sensitive;
        this.audit = audit;
        this.accounts = accounts;
        this.signature = properties.signature();
        this.gatewayConfigured = properties.gateway() != SmsProperties.GatewayKind.NONE;
    }

    /**
     * Whether an SMS gateway is configured ({@code aidloop.sms.gateway} other than {@code none}).
     * Without one, messages are kept as 未发送 (not sent, not failed) and cannot be sent by staff.
     */
    public boolean gatewayConfigured() {
        return gatewayConfigured;
    }

    /**
     * Puts a message in the outbox, inside the caller's transaction, which must exist
     * ({@link Propagation#MANDATORY}): the message commits or rolls back with the payment.
     * Enqueueing a key that is already there changes nothing and returns the message stored
     * under it. A text the content policy refuses throws {@link SmsContentRefused} without marking
     * the caller's transaction for rollback; the caller may catch it and go on.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = SmsContentRefused.class)
    public SmsNotice enqueue(SmsRequest request) {
        String text = request.message().signedBy(signature);
        policy.require(text);
        NewSms sms = newSms(request, text);
        Optional<Long> inserted = store.insert(sms, actor());
        SmsNotice stored = store.byKey(request.deduplicationKey()).orElseThrow();
        if (inserted.isEmpty() && !stored.text().equals(text)) {
            log.warn(
                    "SMS key {} was enqueued before with another text; the first one stands",
                    request.deduplicationKey());
        }
        return stored;
    }

    /**
     * Puts many messages in the outbox at once, with the guarantees of {@link #enqueue}: inside
     * the caller's transaction (mandatory), one message per key (a key already stored, or repeated
     * in the list, is left as it is), every text checked by the content policy. Written in
     * batched statements, for a return file that pays tens of thousands of students. Texts the
     * policy refuses are not stored and come back with their refusal, so that the caller can word
     * them otherwise; the caller's transaction stays usable.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = SmsContentRefused.class)
    public SmsBulkEnqueue enqueueAll(List<SmsRequest> requests) {
        List<NewSms> accepted = new ArrayList<>(requests.size());
        List<SmsBulkEnqueue.Refusal> refused = new ArrayList<>();
        for (SmsRequest request : requests) {
            String text = request.message().signedBy(signature);
            try {
                policy.require(text);
            } catch (SmsContentRefused refusal) {
                refused.add(new SmsBulkEnqueue.Refusal(request, refusal));
                continue;
            }
            accepted.add(newSms(request, text));
        }
        int stored = store.insertAll(accepted, actor());
        return new SmsBulkEnqueue(accepted.size(), stored, refused);
    }

    private NewSms newSms(SmsRequest request, String text) {
        String phone = request.phone().value();
        SmsStudent student = request.student();
        SmsSchool school = request.school();
        return new NewSms(
                request.deduplicationKey(),
                request.message().template(),
                text,
                request.message().params(),
                sensitive.seal(phone),
                sensitive.blindIndex(SensitiveKind.PHONE, phone),
                request.phone().masked(),
                request.recipient(),
                student == null ? null : student.id(),
                student == null ? null : student.name(),
                student != null ? Long.valueOf(student.schoolId()) : school == null ? null : school.schoolId(),
                student != null ? student.schoolRegionCode() : school == null ? null : school.schoolRegionCode(),
                student == null ? null : student.householdRegionCode(),
                request.batchRef(),
                request.paymentRef(),
                sensitive.seal(request.message().secret()));
    }

    /** Checks a message against the content policy without enqueueing it; throws {@link SmsContentRefused}. */
    public void check(SmsMessage message) {
        policy.require(message.signedBy(signature));
    }

    /** The message stored under a key, if any, whatever its scope: for the module that enqueued it. */
    @Transactional(readOnly = true)
    public Optional<SmsNotice> byKey(String deduplicationKey) {
        return store.byKey(deduplicationKey);
    }

    /** A student's messages (up to 100, newest first) with counts by status, if the student lies in the scope. */
    @Transactional(readOnly = true)
    public SmsStatusReport statusForStudent(long studentId, DataScope scope) {
        return store.search(SmsFilter.student(studentId), null, scope, ALL_OF_A_STUDENT);
    }

    /** A batch's counts by status, and one page of its messages inside the scope. */
    @Transactional(readOnly = true)
    public SmsStatusReport statusForBatch(String batchRef, DataScope scope, Paging paging) {
        return store.search(SmsFilter.batch(batchRef), null, scope, paging);
    }

    /** Messages matching a filter inside the scope; the phone is looked up by its blind index. */
    @Transactional(readOnly = true)
    public SmsStatusReport search(SmsFilter filter, DataScope scope, Paging paging) {
        String phoneIndex = filter.phone() == null
                ? null
                : sensitive.blindIndex(SensitiveKind.PHONE, filter.phone().value());
        return store.search(filter, phoneIndex, scope, paging);
    }

    /** One message inside the scope. */
    @Transactional(readOnly = true)
    public SmsNotice get(long id, DataScope scope) {
        return store.byId(id, scope).orElseThrow(() -> new SmsNotFound(id));
    }

    /**
     * Sends a failed or a not sent message (again): it waits, due now, with a fresh count of
     * attempts. Audited. Refused while no gateway is configured ({@link SmsGatewayMissing}).
     */
    @Transactional
    public SmsNotice resend(long id, DataScope scope) {
        SmsNotice notice = get(id, scope);
        if (!gatewayConfigured) {
            throw new SmsGatewayMissing();
        }
        if (!notice.resendable() || !store.resend(id)) {
            throw new SmsNotResendable(id, notice.status());
        }
        recordResend(notice);
        return get(id, scope);
    }

    /**
     * Sends every failed or not sent message of a batch inside the scope (again), each audited;
     * returns how many. Refused while no gateway is configured ({@link SmsGatewayMissing}).
     */
    @Transactional
    public int resendFailed(String batchRef, DataScope scope) {
        if (!gatewayConfigured) {
            throw new SmsGatewayMissing();
        }
        List<SmsNotice> failed = store.unsentOfBatch(batchRef, scope);
        int resent = 0;
        for (SmsNotice notice : failed) {
            if (store.resend(notice.id())) {
                recordResend(notice);
                resent++;
            }
        }
        return resent;
    }

    private void recordResend(SmsNotice notice) {
        String summary = Messages.format(
                "sms.audit.resend",
                notice.studentName() == null ? "" : notice.studentName(),
                notice.phoneMasked(),
                notice.batchRef() == null ? "—" : notice.batchRef(),
                notice.lastError() == null ? "—" : notice.lastError());
        audit.record(AuditRecord.of("SMS_RESEND", "sms", notice.id(), summary)
                .withChanges(List.of(new FieldChange("状态", notice.status().label(), SmsStatus.PENDING.label()))));
    }

    private String actor() {
        return accounts.find().map(CurrentAccount::username).orElse("system");
    }
}
