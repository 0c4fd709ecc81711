package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.specialchannel.SpecialChannels;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's special channel: every student its past roster pays through the special
 * channel is approved for 2025学年, and 三市镇中心小学 has a request waiting for the county.
 */
@SpringBootTest
class DemoSpecialChannelTests {

    private static final CurrentAccount COUNTY =
            new CurrentAccount(0, "county", "县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);

    @Autowired
    SpecialChannels channels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySpecialChannelAwardOfTheDemoRosterRestsOnAnApproval() {
        List<Long> special = jdbc.sql("""
                        SELECT DISTINCT student_id FROM award_award WHERE term = :term AND special_channel
                        """)
                .param("term", DemoRoster.TERM.code())
                .query(Long.class)
                .list();

        assertThat(special).isNotEmpty();
        assertThat(channels.approvedStudents(special, 2025)).containsExactlyInAnyOrderElementsOf(special);
    }

    @Test
    void aSchoolsRequestOfTheCurrentYearWaitsForTheCounty() {
        assertThat(channels.list(SpecialChannelStatus.REQUESTED, COUNTY)).anySatisfy(request -> {
            assertThat(request.student().schoolName()).contains("三市镇中心小学");
            assertThat(request.schoolYear()).isEqualTo(Applications.currentSchoolYear());
            assertThat(request.requestedBy()).isEqualTo("school");
        });
        assertThat(channels.counts(COUNTY).get(SpecialChannelStatus.APPROVED)).isPositive();
    }
}
