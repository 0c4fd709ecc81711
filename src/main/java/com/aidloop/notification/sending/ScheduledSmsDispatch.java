package com.aidloop.notification.sending;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher with a fixed delay between runs ({@code aidloop.sms.dispatcher.delay}).
 * Present only when {@code aidloop.sms.dispatcher.enabled} is true (tests switch it off).
 */
public class ScheduledSmsDispatch {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSmsDispatch.class);

    private final SmsDispatcher dispatcher;

    public ScheduledSmsDispatch(SmsDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            fixedDelayString = "${aidloop.sms.dispatcher.delay:5s}",
            initialDelayString = "${aidloop.sms.dispatcher.delay:5s}")
    void run() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // e.g. the database is briefly unreachable; the next run tries again
            log.warn("SMS dispatch run failed: {}", e.toString());
        }
    }
}
