package com.aidloop.iam.centre;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.AidCentre;
import com.aidloop.iam.AidCentres;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.iam.StaffNames;
import com.aidloop.iam.TestAccounts;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Signatures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The demo county's staff are known by their names, and county staff keep their aid centre's
 * name and head, which documents print as 负责人 beside the names of who made and approved them.
 */
@SpringBootTest
class AidCentrePageTests {

    private static final String DEMO_COUNTY = "430626";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AidCentres centres;

    @Autowired
    StaffNames names;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usernamesResolveToThePeoplesNames() {
        assertThat(names.of("county")).isEqualTo("李芳");
        assertThat(names.of("county2")).isEqualTo("王建国");
        assertThat(names.of("system")).isEqualTo("系统");
        assertThat(names.of("left-years-ago")).isEqualTo("left-years-ago");
        assertThat(names.of(null)).isNull();
        assertThat(names.namesOf(List.of("county2", "county", "county2")))
                .containsExactly(Map.entry("county2", "王建国"), Map.entry("county", "李芳"));
    }

    @Test
    void signaturesNameTheMakerTheApproverAndTheHeadOfTheCountysCentre() {
        Signatures signed = centres.signatures(
                "430626102", List.of("county", "system", "an-import-of-another-installation"), List.of("county2"));

        assertThat(signed.line()).isEqualTo("经办人：李芳　　　　审核人：王建国　　　　负责人：周国平");
        assertThat(centres.signatures(null, List.of(), List.of()).line())
                .isEqualTo(Signatures.blank().line())
                .doesNotContain("county");
    }

    @Test
    void countyStaffNameTheirCentreAndItsHeadAudited() throws Exception {
        AidCentre before = centres.of(DEMO_COUNTY).orElseThrow();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        MockHttpSession county = TestAccounts.login(mvc, TestAccounts.create(accounts, Role.COUNTY_STAFF), PASSWORD);
        try {
            mvc.perform(get("/aid-centre").session(county))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(before.name())));
            mvc.perform(post("/aid-centre")
                            .session(county)
                            .with(csrf())
                            .param("name", "平江县学生资助管理中心")
                            .param("headName", "彭卫东"))
                    .andExpect(redirectedUrl("/aid-centre"));
            assertThat(centres.of("430626105").map(AidCentre::headName)).contains("彭卫东");
            assertThat(jdbc.sql("""
                            SELECT changes::text FROM audit_event
                            WHERE action = 'AID_CENTRE_UPDATE' AND object_id = :county ORDER BY id DESC LIMIT 1
                            """)
                            .param("county", DEMO_COUNTY)
                            .query(String.class)
                            .single())
                    .contains("负责人", before.headName(), "彭卫东");
            mvc.perform(post("/aid-centre")
                            .session(county)
                            .with(csrf())
                            .param("name", " ")
                            .param("headName", "彭卫东"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请填写资助中心名称")));

            MockHttpSession school =
                    TestAccounts.login(mvc, TestAccounts.create(accounts, Role.SCHOOL_STAFF), PASSWORD);
            mvc.perform(get("/aid-centre").session(school)).andExpect(status().isForbidden());
        } finally {
            centres.save(before.name(), before.headName(), demoCountyStaff());
        }
    }

    @Test
    void onlyACountysStaffSetItsCentre() {
        CurrentAccount township =
                new CurrentAccount(0, "township", "陈静", Set.of(Role.TOWNSHIP_REVIEWER), "430626102", null);

        assertThatThrownBy(() -> centres.save("三市镇", "陈静", township)).isInstanceOf(InvalidInput.class);
    }

    private static CurrentAccount demoCountyStaff() {
        return new CurrentAccount(0, "county", "李芳", Set.of(Role.COUNTY_STAFF), DEMO_COUNTY, null);
    }
}
