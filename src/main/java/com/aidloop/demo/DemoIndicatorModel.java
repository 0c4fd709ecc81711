package com.aidloop.demo;

import com.aidloop.identification.IndicatorModels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's own indicator model: its variant of the Jiangsu reference table, published
 * from the current school year, its cut-offs left for the county to fill in. Adopted once, after
 * the reference models are seeded; a county that has a model keeps it.
 */
@Component
class DemoIndicatorModel {

    private final ObjectProvider<IndicatorModels> models;
    private final DemoInstallation installation;

    /** The models come through a provider: module tests of other modules start without identification. */
    DemoIndicatorModel(ObjectProvider<IndicatorModels> models, DemoInstallation installation) {
        this.models = models;
        this.installation = installation;
    }

    // after the students, before DemoReviewWork scores applications under the adopted model
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    @EventListener(ApplicationReadyEvent.class)
    void adoptOnce() {
        IndicatorModels identification = models.getIfAvailable();
        if (installation.wanted() && identification != null) {
            int year = installation.autumnYear();
            identification.adoptPublishedOnce(IndicatorModels.JIANGSU_2020, DemoCounty.CODE, year, "demo");
        }
    }
}
