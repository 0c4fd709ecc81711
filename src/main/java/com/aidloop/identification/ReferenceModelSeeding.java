package com.aidloop.identification;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stores the reference models at start-up, before anything that adopts them (the demo county):
 * they are reference data of every installation, not demo data.
 */
@Component
class ReferenceModelSeeding {

    private final IndicatorModels models;

    ReferenceModelSeeding(IndicatorModels models) {
        this.models = models;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void seed() {
        models.seedReferenceModels();
    }
}
