package com.aidloop.notification.sending;

import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.domain.RetrySchedule;
import com.aidloop.notification.persistence.ClaimedSms;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.PhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due messages from the outbox. Each round claims a small batch (SKIP LOCKED, so several
 * instances share the queue without sending a message twice at once), sends the batch
 * concurrently on virtual threads (so a hanging gateway call delays only its own message), and
 * records each outcome: sent with the gateway's id on confirmation, otherwise tried again after an
 * exponential backoff (also when the provider throttles), failed after the last attempt or a
 * refusal, or not sent when no provider received it (no gateway configured).
 *
 * <p>Delivery is at least once: if the process dies after the gateway accepted a message but
 * before it is marked sent, the message is sent again when its lease ends, with the same client
 * message id, which the gateway uses to de-duplicate.
 */
public class SmsDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

    private final SmsStore store;
    private final SmsGateway gateway;
    private final SensitiveData sensitive;
    private final RetrySchedule retries;
    private final int batchSize;
    private final int maxBatches;
    private final Duration lease;

    public SmsDispatcher(
            SmsStore store, SmsGateway gateway, SensitiveData sensitive, SmsProperties.Dispatcher settings) {
        if (settings.batchSize() < 1 || settings.maxBatchesPerRun() < 1) {
            throw new IllegalArgumentException(
                    "aidloop.sms.dispatcher batch-size and max-batches-per-run must be positive");
        }
        this.store = store;
        this.gateway = gateway;
        this.sensitive = sensitive;
        this.retries = settings.retrySchedule();
        this.batchSize = settings.batchSize();
        this.maxBatches = settings.maxBatchesPerRun();
        this.lease = settings.lease();
    }

    public SmsGateway gateway() {
        return gateway;
    }

    /** Sends what is due, round after round, until the queue is drained or the run's rounds are used up. */
    public DispatchRun dispatchDue() {
        DispatchRun run = DispatchRun.NOTHING;
        for (int round = 0; round < maxBatches; round++) {
            List<ClaimedSms> claimed = store.claimDue(batchSize, lease);
            if (claimed.isEmpty()) {
                break;
            }
            run = run.plus(sendAll(claimed));
            if (claimed.size() < batchSize) {
                break;
            }
        }
        if (run.claimed() > 0) {
            log.info(
                    "SMS dispatch: {} claimed, {} sent, {} to retry, {} failed, {} not sent (gateway {})",
                    run.claimed(),
                    run.sent(),
                    run.retrying(),
                    run.failed(),
                    run.notSent(),
                    gateway.name());
        }
        return run;
    }

    private DispatchRun sendAll(List<ClaimedSms> claimed) {
        List<Future<DispatchRun>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ClaimedSms sms : claimed) {
                outcomes.add(threads.submit(() -> deliver(sms)));
            }
        }
        DispatchRun run = DispatchRun.NOTHING;
        for (Future<DispatchRun> outcome : outcomes) {
            try {
                run = run.plus(outcome.get());
            } catch (ExecutionException e) {
                // Recording the outcome failed (e.g. the database is gone): the lease ends and the message is tried
                // again.
                log.warn(
                        "SMS dispatch: recording an outcome failed: {}",
                        e.getCause().toString());
                run = run.plus(new DispatchRun(1, 0, 0, 0, 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return run;
    }

    private DispatchRun deliver(ClaimedSms sms) {
        GatewayAnswer answer = send(sms);
        return switch (answer) {
            case GatewayAnswer.Confirmed confirmed -> {
                store.markSent(sms.id(), gateway.name(), confirmed.gatewayMessageId());
                yield new DispatchRun(1, 1, 0, 0, 0);
            }
            case GatewayAnswer.Refused refused -> {
                log.warn("SMS {} refused by gateway {}: {}", sms.id(), gateway.name(), refused.error());
                store.markFailed(sms, gateway.name(), refused.error());
                yield new DispatchRun(1, 0, 0, 1, 0);
            }
            case GatewayAnswer.Unavailable unavailable -> notConfirmed(sms, unavailable.error());
            case GatewayAnswer.NotSent notSent -> {
                store.markNotSent(sms, gateway.name(), notSent.reason());
                yield new DispatchRun(1, 0, 0, 0, 1);
            }
        };
    }

    private DispatchRun notConfirmed(ClaimedSms sms, String error) {
        return switch (retries.afterFailure(sms.attempts())) {
            case RetrySchedule.RetryAfter retry -> {
                log.info(
                        "SMS {} attempt {} not confirmed ({}); next try in {}",
                        sms.id(),
                        sms.attempts(),
                        error,
                        retry.delay());
                store.retryLater(sms, retry.delay(), gateway.name(), error);
                yield new DispatchRun(1, 0, 1, 0, 0);
            }
            case RetrySchedule.GiveUp giveUp -> {
                log.warn("SMS {} failed after {} attempts: {}", sms.id(), sms.attempts(), error);
                store.markFailed(sms, gateway.name(), error);
                yield new DispatchRun(1, 0, 0, 1, 0);
            }
        };
    }

    private GatewayAnswer send(ClaimedSms sms) {
        try {
            PhoneNumber phone = new PhoneNumber(sensitive.open(sms.phoneSealed()));
            String secret = sms.secretSealed() == null ? null : sensitive.open(sms.secretSealed());
            Map<String, String> params = new LinkedHashMap<>();
            sms.templateParams().forEach((name, value) -> params.put(name, SmsMessage.reveal(value, secret)));
            return gateway.send(new OutgoingSms(
                    sms.deduplicationKey(),
                    phone,
                    sms.template(),
                    params,
                    SmsMessage.reveal(sms.text(), secret),
                    secret));
        } catch (RuntimeException e) {
            return new GatewayAnswer.Unavailable("error (" + e.getClass().getSimpleName() + ")");
        }
    }
}
