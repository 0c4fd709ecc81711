package com.aidloop.school.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.registry.Staff;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * 批量开通账号 by the security administrator: every school of the county gets an account whose slip
 * shows its one-time password once (hashed only, to be changed at first login, audited); village
 * reviewers of a township are disabled at once after a confirmation that states their count.
 */
@SpringBootTest
class AccountBatchWebTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Staff staff;

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new Staff(mvc, accounts);
    }

    @Test
    void everySchoolOfTheCountyGetsAnAccountAndItsSlipShowsThePasswordOnce() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("平江县三市镇开通测试小学", "430626102"), SchoolFixtures.county());

        String page = mvc.perform(post("/admin/account-batches")
                        .param("region", "430626")
                        .param("kind", "SCHOOLS")
                        .with(staff.page(Role.SECURITY_ADMIN, null, null))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Matcher slip = Pattern.compile("data-username=\"" + school.code() + "\"[\\s\\S]*?class=\"password\">([^<]+)<")
                .matcher(page);
        assertThat(slip.find()).as("a slip for the new school").isTrue();
        String password = slip.group(1);
        assertThat(password).hasSize(16);
        var stored = jdbc.sql(
                        "SELECT password_hash, must_change_password, school_id FROM iam_account WHERE username = :u")
                .param("u", school.code())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getLong(3)})
                .single();
        assertThat((String) stored[0]).doesNotContain(password);
        assertThat((Boolean) stored[1]).isTrue();
        assertThat((Long) stored[2]).isEqualTo(school.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNT_BULK_CREATE'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE summary LIKE '%' || :p || '%'")
                        .param("p", password)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void villageReviewersOfATownshipAreDisabledAtOnceAfterTheCountIsConfirmed() throws Exception {
        mvc.perform(post("/admin/account-batches")
                        .param("region", "430626107")
                        .param("kind", "VILLAGES")
                        .with(staff.page(Role.SECURITY_ADMIN, null, null))
                        .with(csrf()))
                .andExpect(status().isOk());
        long enabled = enabledVillageReviewers();
        assertThat(enabled).isPositive();

        String confirm = mvc.perform(get("/admin/account-batches/disable")
                        .param("region", "430626107")
                        .param("role", "VILLAGE_REVIEWER")
                        .with(staff.page(Role.SECURITY_ADMIN, null, null)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirm).contains("村级审核员账号共" + enabled + "个");

        mvc.perform(post("/admin/account-batches/disable")
                        .param("region", "430626107")
                        .param("role", "VILLAGE_REVIEWER")
                        .param("confirmed", String.valueOf(enabled))
                        .with(staff.page(Role.SECURITY_ADMIN, null, null))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enabledVillageReviewers()).isZero();
        mvc.perform(get("/admin/account-batches").with(staff.countyStaff("430626")))
                .andExpect(status().isForbidden());
    }

    private long enabledVillageReviewers() {
        return jdbc.sql("""
                        SELECT count(*) FROM iam_account
                         WHERE enabled AND 'VILLAGE_REVIEWER' = ANY (roles) AND region_code LIKE '430626107%'
                        """).query(Long.class).single();
    }
}
