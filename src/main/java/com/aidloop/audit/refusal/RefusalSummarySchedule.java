package com.aidloop.audit.refusal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a minute, the summary rows of refusals beyond the limit. Several servers may run it at once:
 * each finished count is taken by one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RefusalSummarySchedule {

    private final AuditedRefusals refusals;

    RefusalSummarySchedule(AuditedRefusals refusals) {
        this.refusals = refusals;
    }

    @Scheduled(
            fixedDelayString = "${aidloop.audit.refusals.summary-every:60s}",
            initialDelayString = "${aidloop.audit.refusals.summary-every:60s}")
    void summarise() {
        refusals.summariseFinishedMinutes();
    }
}
