package com.aidloop.school.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.Staff;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.util.List;
import java.util.Map;
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
 * 批量开通账号 with the initial passwords by SMS: a school with a contact mobile gets its password in
 * the outbox (sealed, the text masked) and no password on the page; a school with a landline keeps
 * its printed slip; every account must still change its password at first login.
 */
@SpringBootTest
class InitialPasswordsBySmsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    @Autowired
    SensitiveData sensitive;

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
    void aSchoolWithAContactMobileGetsItsPasswordBySmsAndALandlineSchoolKeepsItsSlip() throws Exception {
        SchoolView mobile = schools.open(school("平江县三市镇短信开通小学", "13907301234"), SchoolFixtures.county());
        SchoolView landline = schools.open(school("平江县三市镇座机开通小学", "0730-6781234"), SchoolFixtures.county());

        String page = mvc.perform(post("/admin/account-batches")
                        .param("region", "430626")
                        .param("kind", "SCHOOLS")
                        .param("delivery", "sms")
                        .with(staff.page(Role.SECURITY_ADMIN, null, null))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Matcher bySms = slip(mobile.code(), "class=\"sent-by-sms\">([^<]+)<", page);
        assertThat(bySms.find()).as("the mobile school's slip names the SMS").isTrue();
        assertThat(bySms.group(1)).isEqualTo("已通过短信发送至学校联系电话 139****1234");
        Matcher printed = slip(landline.code(), "class=\"password\">([^<]+)<", page);
        assertThat(printed.find())
                .as("the landline school keeps its password slip")
                .isTrue();

        Map<String, Object> account = jdbc.sql(
                        "SELECT id, password_hash, must_change_password FROM iam_account WHERE username = :u")
                .param("u", mobile.code())
                .query()
                .singleRow();
        assertThat((Boolean) account.get("must_change_password")).isTrue();
        Map<String, Object> sms = jdbc.sql("""
                        SELECT text, template_params, secret_sealed, recipient, school_id, school_region_code
                          FROM notification_sms WHERE dedup_key = :key
                        """)
                .param("key", "account-password:" + account.get("id"))
                .query()
                .singleRow();
        String password = sensitive.open((String) sms.get("secret_sealed"));
        assertThat(password).hasSize(16);
        assertThat(page).doesNotContain(password);
        assertThat((String) sms.get("text"))
                .contains("平江县三市镇短信开通小学：资助系统账号" + mobile.code() + "已开通，初始密码********")
                .doesNotContain(password);
        assertThat(sms.get("template_params").toString()).doesNotContain(password);
        assertThat(sms.get("recipient")).isEqualTo("SCHOOL_CONTACT");
        assertThat(sms.get("school_id")).isEqualTo(mobile.id());
        assertThat(sms.get("school_region_code")).isEqualTo("430626102");
        assertThat(smsOfAccount(landline)).isZero();
    }

    private long smsOfAccount(SchoolView school) {
        return jdbc.sql("""
                        SELECT count(*) FROM notification_sms
                         WHERE dedup_key = (SELECT 'account-password:' || id FROM iam_account WHERE username = :u)
                        """).param("u", school.code()).query(Long.class).single();
    }

    private static SchoolInput school(String name, String phone) {
        return new SchoolInput(SchoolFixtures.nextCode(), name, List.of("小学"), "公办", "430626102", null, "刘老师", phone);
    }

    private static Matcher slip(String username, String cell, String page) {
        return Pattern.compile("data-username=\"" + username + "\"[\\s\\S]*?" + cell)
                .matcher(page);
    }
}
