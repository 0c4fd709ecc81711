package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.specialchannel.SampleSpecialChannels;
import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.school.SchoolManagement;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo county's special channel (特别通道): the students its past roster pays through the
 * special channel are approved before the roster is imported (the import refuses an unapproved
 * 是), and 三市镇中心小学 (account {@code school}) has one request waiting for {@code county}. Runs
 * after {@code DemoAppeal}, so that the notice's class keeps its students as they were.
 */
@Component
class DemoSpecialChannel {

    private static final Logger log = LoggerFactory.getLogger(DemoSpecialChannel.class);
    private static final String SANSHI_PRIMARY = "2143062611";
    private static final int SPECIAL_CHANNEL_COLUMN = DemoRoster.HEADERS.indexOf("特别通道(是/否)");
    private static final int ID_NUMBER_COLUMN = DemoRoster.HEADERS.indexOf("证件号码");

    private final ObjectProvider<SampleSpecialChannels> samples;
    private final SchoolManagement schools;
    private final boolean wanted;

    /** Identification comes through a provider: other modules' tests start without it. */
    DemoSpecialChannel(
            ObjectProvider<SampleSpecialChannels> samples,
            SchoolManagement schools,
            Environment environment,
            ObjectProvider<EmbeddedDatabaseInUse> embedded) {
        this.samples = samples;
        this.schools = schools;
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
    }

    /** Approves the special channel of the roster's rows marked 是, for the roster's school year. */
    void approveForRoster(List<List<Object>> rows, CurrentAccount county) {
        SampleSpecialChannels sampler = samples.getIfAvailable();
        if (sampler == null) {
            return;
        }
        List<String> idNumbers = rows.stream()
                .filter(row -> "是".equals(row.get(SPECIAL_CHANNEL_COLUMN)))
                .map(row -> String.valueOf(row.get(ID_NUMBER_COLUMN)))
                .distinct()
                .toList();
        int schoolYear = DemoRoster.TERM.schoolYearTerms().getFirst().year();
        int approved = sampler.approveAll(idNumbers, schoolYear, county);
        log.info("Approved the special channel of {} demo students for {}学年", approved, schoolYear);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.SPECIAL_CHANNEL)
    void requestOnce() {
        SampleSpecialChannels sampler = samples.getIfAvailable();
        if (!wanted || sampler == null) {
            return;
        }
        schools.byCode(SANSHI_PRIMARY)
                .ifPresent(school -> sampler.requestOnce(
                        new CurrentAccount(0, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school.id())));
    }
}
