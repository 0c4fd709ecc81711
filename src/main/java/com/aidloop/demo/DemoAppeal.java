package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.appeal.SampleAppeals;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An appeal in the demo county (平江县, account {@code county}): the family of a student finally
 * decided 不困难 appeals, and the appeal waits in the county's queue (待处理申诉). Once. Ordered
 * after {@code DemoNotice}, so that the notice's class keeps its decided students as they were.
 */
@Component
class DemoAppeal {

    private static final String PINGJIANG = "430626";

    private final ObjectProvider<SampleAppeals> samples;
    private final boolean wanted;

    /** Identification comes through a provider: other modules' tests start without it. */
    DemoAppeal(ObjectProvider<SampleAppeals> samples, DemoInstallation installation) {
        this.samples = samples;
        this.wanted = installation.wanted();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.APPEAL)
    void lodgeOnce() {
        SampleAppeals sampler = samples.getIfAvailable();
        if (!wanted || sampler == null) {
            return;
        }
        sampler.lodgeOnce(new CurrentAccount(0, "county", "县资助中心", Set.of(Role.COUNTY_STAFF), PINGJIANG, null));
    }
}
