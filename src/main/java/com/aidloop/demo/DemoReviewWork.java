package com.aidloop.demo;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.ClassTeachers;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.application.SampleApplications;
import com.aidloop.school.SchoolManagement;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's identification work: about 1,500 applications of the school year in every
 * state (entered as paper applications by the county), and the class teacher {@code teacher}
 * (班主任 of the 三市镇中心小学 class with the most applications waiting for class review). Once,
 * after the demo students and the county's model exist; a county with applications keeps them.
 * The demo guardian {@code parent} (the first guardian's number of 三市镇中心小学, see DemoFamily)
 * finds its pupil's application applied online and returned by the school with a reason (made
 * before the samples, which leave that pupil out). Runs first of the late steps ({@link
 * DemoOrder}), after the students and the model exist; a start that
 * finds no students yet makes nothing.
 */
@Component
class DemoReviewWork {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewWork.class);

    static final String TEACHER = "teacher";
    static final String TEACHER_NAME = "黄丽";
    private static final String SANSHI_PRIMARY = "2143062611";

    private final ObjectProvider<SampleApplications> samples;
    private final SchoolManagement schools;
    private final ObjectProvider<IndicatorModels> models;
    private final AccountManagement accounts;
    private final ClassTeachers classTeachers;
    private final DemoInstallation installation;

    /** Identification comes through providers: other modules' tests start without it. */
    DemoReviewWork(
            ObjectProvider<SampleApplications> samples,
            SchoolManagement schools,
            ObjectProvider<IndicatorModels> models,
            AccountManagement accounts,
            ClassTeachers classTeachers,
            DemoInstallation installation) {
        this.samples = samples;
        this.schools = schools;
        this.models = models;
        this.accounts = accounts;
        this.classTeachers = classTeachers;
        this.installation = installation;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.REVIEW_WORK)
    void seedOnce() {
        SampleApplications sampler = samples.getIfAvailable();
        IndicatorModels identification = models.getIfAvailable();
        if (!installation.wanted() || sampler == null || identification == null) {
            return;
        }
        int year = installation.autumnYear();
        identification.adoptPublishedOnce(IndicatorModels.JIANGSU_2020, DemoCounty.CODE, year, "demo");
        CurrentAccount county = new CurrentAccount(0, "county", "李芳", Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);
        // first, so that the samples leave the pupil out: the demo guardian `parent` has an
        // application of its own to see, applied online and returned by the school, to correct and resubmit
        schools.byCode(SANSHI_PRIMARY)
                .flatMap(school -> sampler.familyReturned(school.id()))
                .ifPresent(id -> log.info("Demo identification: the demo guardian's returned application {}", id));
        long started = System.nanoTime();
        int made = sampler.seed(DemoCounty.CODE, 1500, county);
        if (made > 0) {
            log.info("Demo identification: {} applications in {} ms", made, (System.nanoTime() - started) / 1_000_000);
        }
        teacher(sampler);
    }

    /** The class teacher of the 三市镇中心小学 class with the most applications waiting for class review. */
    private void teacher(SampleApplications sampler) {
        schools.byCode(SANSHI_PRIMARY).ifPresent(school -> sampler.busiestClass(DemoCounty.CODE, school.id())
                .ifPresent(className -> {
                    long id = accounts.ensureDemoAccount(
                            TEACHER,
                            TEACHER_NAME,
                            EnumSet.of(Role.CLASS_TEACHER),
                            null,
                            school.id(),
                            DemoRegistration.DEMO_PASSWORD);
                    classTeachers.assign(id, Set.of(className));
                }));
    }
}
