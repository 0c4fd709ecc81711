package com.aidloop.demo;

import com.aidloop.identification.IndicatorModels;
import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo county's own indicator model: its variant of the Jiangsu reference table, published
 * from the current school year, its cut-offs left for the county to fill in. Adopted once, after
 * the reference models are seeded; a county that has a model keeps it.
 */
@Component
class DemoIndicatorModel {

    private final ObjectProvider<IndicatorModels> models;
    private final boolean wanted;

    /** The models come through a provider: module tests of other modules start without identification. */
    DemoIndicatorModel(
            ObjectProvider<IndicatorModels> models,
            Environment environment,
            ObjectProvider<EmbeddedDatabaseInUse> embedded) {
        this.models = models;
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
    }

    // after the students, before DemoReviewWork scores applications under the adopted model
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    @EventListener(ApplicationReadyEvent.class)
    void adoptOnce() {
        IndicatorModels identification = models.getIfAvailable();
        if (wanted && identification != null) {
            int year = Term.of(LocalDate.now()).schoolYearTerms().getFirst().year();
            identification.adoptPublishedOnce(IndicatorModels.JIANGSU_2020, DemoCounty.CODE, year, "demo");
        }
    }
}
