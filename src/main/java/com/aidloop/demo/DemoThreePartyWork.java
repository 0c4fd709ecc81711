package com.aidloop.demo;

import com.aidloop.identification.threeparty.SampleReviews;
import com.aidloop.region.RegionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's three-party review work (三方会审): decided applications wait at each step for
 * the demo's reviewers — 刘明 (village) has his village's, 陈静 (township) has 三市镇's, 李芳 (county)
 * has the county's, one overdue. Once, after {@link DemoReviewWork} made the applications ({@link
 * DemoOrder}); a county with reviews keeps them.
 */
@Component
class DemoThreePartyWork {

    private static final Logger log = LoggerFactory.getLogger(DemoThreePartyWork.class);

    private final ObjectProvider<SampleReviews> samples;
    private final RegionManagement regions;
    private final boolean wanted;

    DemoThreePartyWork(ObjectProvider<SampleReviews> samples, RegionManagement regions, DemoInstallation installation) {
        this.samples = samples;
        this.regions = regions;
        this.wanted = installation.wanted();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.THREE_PARTY_WORK)
    void seedOnce() {
        SampleReviews sampler = samples.getIfAvailable();
        if (!wanted || sampler == null) {
            return;
        }
        // the demo village account's village (DemoRegistration binds 刘明 to 三市镇's first village)
        String village = regions.children(DemoCounty.SANSHI_TOWN).stream()
                .map(com.aidloop.region.Region::code)
                .findFirst()
                .orElse(null);
        if (village == null) {
            return;
        }
        int made = sampler.seed(DemoCounty.CODE, village, 6, regions.fullName(village));
        if (made > 0) {
            log.info("Demo three-party review: {} applications waiting at the village, township and county", made);
        }
    }
}
