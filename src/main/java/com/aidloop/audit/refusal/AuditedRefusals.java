package com.aidloop.audit.refusal;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.audit.ExistingObjects;
import com.aidloop.audit.chain.RequestOrigin;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the refusals an auditor must see to the audit trail: who (the person, their address),
 * what (the object, the request) and why (the reason's code and sentence). Each person, reason and
 * minute gets at most {@code aidloop.audit.refusals.per-minute} rows; the rest are counted, and one
 * summary row per person and reason says how many more there were once the minute is over. Rows
 * are written in a transaction of their own, since the refused work has rolled back; a failure to
 * write one is logged and never changes the answer the person gets.
 */
@Component
class AuditedRefusals implements RefusalWitness {

    static final String SUMMARY_TYPE = "refusal_summary";

    private static final Logger LOG = LoggerFactory.getLogger(AuditedRefusals.class);

    private final RefusalTally tally;
    private final AuditTrail trail;
    private final ObjectProvider<ExistingObjects> objects;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ChinaTime time;
    private final int perMinute;

    AuditedRefusals(
            RefusalTally tally,
            AuditTrail trail,
            ObjectProvider<ExistingObjects> objects,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock,
            ChinaTime time,
            @Value("${aidloop.audit.refusals.per-minute:10}") int perMinute) {
        this.tally = tally;
        this.trail = trail;
        this.objects = objects;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.time = time;
        this.perMinute = perMinute;
    }

    @Override
    public void saw(Refusal refusal) {
        try {
            kindOf(refusal)
                    .ifPresent(kind -> record(kind, refusal.code(), refusal.subject(), refusal.getLocalizedMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the refusal {}", refusal.code(), e);
        }
    }

    @Override
    public void forbidden(String code) {
        try {
            record(RefusalKind.FORBIDDEN, code, Optional.empty(), Messages.format(code));
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the refusal {}", code, e);
        }
    }

    /** Writes one summary row per person and reason whose refusals of a finished minute went past the limit. */
    void summariseFinishedMinutes() {
        Instant current = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        ownTransaction.executeWithoutResult(status -> tally.takeFinished(current).stream()
                .filter(count -> count.seen() > perMinute)
                .forEach(this::summarise));
    }

    private Optional<RefusalKind> kindOf(Refusal refusal) {
        Optional<RefusalKind> declared = RefusalKind.declaredBy(refusal);
        if (declared.isPresent() || refusal.kind() != Refusal.Kind.NOT_FOUND) {
            return declared;
        }
        return refusal.subject().filter(this::exists).map(subject -> RefusalKind.OUT_OF_SCOPE);
    }

    private boolean exists(Refusal.Subject subject) {
        return objects.orderedStream()
                .filter(known -> known.objectType().equals(subject.type()))
                .anyMatch(known -> known.exists(subject.id()));
    }

    private void record(RefusalKind kind, String code, Optional<Refusal.Subject> subject, String reason) {
        String actor = RequestOrigin.actor();
        String request = RequestOrigin.request();
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        afterTheCurrentTransaction(() -> ownTransaction.executeWithoutResult(status -> {
            if (tally.count(actor, code, kind, minute) <= perMinute) {
                String summary = request == null
                        ? Messages.format("audit.refusal.summary", reason, code)
                        : Messages.format("audit.refusal.summaryOfRequest", reason, code, request);
                trail.record(AuditRecord.of(
                                kind.action(),
                                subject.map(Refusal.Subject::type).orElse(null),
                                subject.map(Refusal.Subject::id).orElse(null),
                                summary)
                        .by(actor));
            }
        }));
    }

    /**
     * A refusal met inside a transaction is written once that transaction has ended: the audit
     * trail's append lock may be held by it (it appended a record before the refusal), and a
     * transaction of our own would wait for that lock on the same thread for ever.
     */
    private static void afterTheCurrentTransaction(Runnable write) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    LOG.warn("Could not audit a refusal after its transaction", e);
                }
            }
        });
    }

    private void summarise(RefusalTally.Count count) {
        int more = count.seen() - perMinute;
        trail.record(AuditRecord.of(
                        count.action(),
                        SUMMARY_TYPE,
                        count.code(),
                        Messages.format(
                                "audit.refusal.more",
                                time.minute(count.minute()),
                                count.actor(),
                                String.valueOf(more),
                                count.code(),
                                String.valueOf(perMinute)))
                .withChanges(List.of(
                        new FieldChange(Messages.format("audit.refusal.moreField"), null, String.valueOf(more))))
                .by(count.actor()));
    }
}
