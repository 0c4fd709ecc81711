package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.appeal.Appeals;
import com.aidloop.identification.domain.DifficultyLevel;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo county has an appeal waiting: a family whose student was decided 不困难 appealed it. */
@SpringBootTest
class DemoAppealTests {

    @Autowired
    Appeals appeals;

    @Test
    void theDemoCountyHasAnAppealOfARefusalWaitingForIt() {
        CurrentAccount county = new CurrentAccount(0, "county", "县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);

        assertThat(appeals.list(county, true)).anySatisfy(appeal -> {
            assertThat(appeal.appealedLevel()).isEqualTo(DifficultyLevel.NOT_DIFFICULT);
            assertThat(appeal.grounds()).contains("病历");
            assertThat(appeal.decided()).isFalse();
        });
        assertThat(appeals.counts(county).get(true)).isPositive();
    }
}
