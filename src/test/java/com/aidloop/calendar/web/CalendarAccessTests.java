package com.aidloop.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.testing.DemoStaff;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may change the holiday calendar: the province and the system administrator enter, change,
 * remove and confirm days; county staff only read it (every change 403); a school does not see it.
 */
@SpringBootTest
class CalendarAccessTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    DemoStaff staff;

    private final LocalDate day = LocalDate.of(
                    2080 + ThreadLocalRandom.current().nextInt(20), 3, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(200));

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @AfterEach
    void removeTheDay() {
        jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", day).update();
    }

    @Test
    void theProvinceEntersAndRemovesADay() throws Exception {
        MockHttpSession province =
                TestAccounts.login(mvc, TestAccounts.create(accounts, Role.PROVINCE_STAFF), TestAccounts.PASSWORD);
        mvc.perform(get("/calendar").session(province))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"set-day\"")));
        mvc.perform(post("/calendar")
                        .param("day", day.toString())
                        .param("kind", "HOLIDAY")
                        .param("name", "省定测试日")
                        .with(csrf())
                        .session(province))
                .andExpect(status().is3xxRedirection());
        assertThat(entries()).isEqualTo(1);
        mvc.perform(post("/calendar/remove")
                        .param("day", day.toString())
                        .with(csrf())
                        .session(province))
                .andExpect(status().is3xxRedirection());
        assertThat(entries()).isZero();
    }

    @Test
    void theCountyReadsButEveryChangeIsRefused() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("国庆节")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"set-day\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("remove-day"))));
        mvc.perform(post("/calendar")
                        .param("day", day.toString())
                        .param("kind", "HOLIDAY")
                        .param("name", "县定测试日")
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendar/remove")
                        .param("day", "2026-10-01")
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendar/confirm")
                        .param("year", String.valueOf(day.getYear()))
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(status().isForbidden());
        assertThat(entries()).isZero();
    }

    @Test
    void theSystemAdministratorChangesItAndASchoolDoesNotSeeIt() throws Exception {
        mvc.perform(post("/calendar")
                        .param("day", day.toString())
                        .param("kind", "WORKDAY")
                        .param("name", "测试调休")
                        .with(csrf())
                        .with(staff.page("sysadmin")))
                .andExpect(status().is3xxRedirection());
        assertThat(entries()).isEqualTo(1);
        mvc.perform(get("/calendar").with(staff.page("school"))).andExpect(status().isForbidden());
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = :day")
                .param("day", day)
                .query(Long.class)
                .single();
    }
}
