package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.adjustment.SampleAdjustments;
import com.aidloop.school.SchoolManagement;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A semester adjustment in the demo county: 三市镇中心小学 (张敏, account {@code school}) re-assesses
 * its first decided application of the school year after an accident in the family, re-scored
 * under the county's model, so the application page shows an adjustment in its history and the
 * documents carry it. Once. Ordered after {@code DemoReviewWork}, which makes the decided
 * applications.
 */
@Component
class DemoAdjustment {

    private static final String SANSHI_PRIMARY = "2143062611";

    private final ObjectProvider<SampleAdjustments> samples;
    private final SchoolManagement schools;
    private final boolean wanted;

    /** Identification comes through a provider: other modules' tests start without it. */
    DemoAdjustment(ObjectProvider<SampleAdjustments> samples, SchoolManagement schools, DemoInstallation installation) {
        this.samples = samples;
        this.schools = schools;
        this.wanted = installation.wanted();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.ADJUSTMENT)
    void adjustOnce() {
        SampleAdjustments sampler = samples.getIfAvailable();
        if (!wanted || sampler == null) {
            return;
        }
        schools.byCode(SANSHI_PRIMARY)
                .ifPresent(school -> sampler.adjustOnce(
                        new CurrentAccount(0, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school.id())));
    }
}
