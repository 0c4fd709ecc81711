package com.aidloop.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.audit.AuditLog;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStudent;
import com.aidloop.notification.TestNotices;
import com.aidloop.testing.DemoStaff;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The status page and API with the demo accounts: readers see messages of students in their
 * scope, only masked; county staff send failed messages again; administrators see nothing. A
 * gateway is configured here (the developers' logging one, as sending again needs one); without
 * one, see {@link SmsWithoutGatewayTests}.
 */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
class SmsWebTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    DemoStaff staff;
    String batch;
    List<SmsNotice> notices;

    @BeforeEach
    void aBatchAtTheDemoSchool() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
        // the demo account "school" works at 三市镇中心小学 (2143062611), "school2" elsewhere
        long school = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        batch = "B-web-" + TestNotices.nextPayment();
        SmsStudent student = TestNotices.student(880_001, "周晓", school);
        notices = transactions.execute(tx -> List.of(
                outbox.enqueue(TestNotices.payout(batch, "13812345678", student)),
                outbox.enqueue(TestNotices.payout(batch, "13812345679", student))));
        jdbc.sql("UPDATE notification_sms SET status = 'FAILED', attempts = 12, last_error = 'HTTP 503' WHERE id = :id")
                .param("id", notices.get(1).id())
                .update();
    }

    @Test
    void readersOfTheStudentSeeTheBatchsStatusWithMaskedPhones() throws Exception {
        for (String reader : List.of("county", "township", "school")) {
            mvc.perform(get("/api/v1/notifications/sms").param("batch", batch).with(staff.api(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.PENDING").value(1))
                    .andExpect(jsonPath("$.counts.FAILED").value(1))
                    .andExpect(jsonPath("$.counts.SENT").value(0))
                    .andExpect(jsonPath("$.content", hasSize(2)))
                    .andExpect(jsonPath("$.content[*].phone").value(containsInAnyOrder("138****5678", "138****5679")))
                    .andExpect(content().string(not(containsString("13812345678"))));
        }
        mvc.perform(get("/api/v1/notifications/sms")
                        .param("studentId", "880001")
                        .param("batch", batch)
                        .param("status", "发送失败")
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].statusLabel").value("发送失败"))
                .andExpect(jsonPath("$.content[0].lastError").value("HTTP 503"))
                .andExpect(jsonPath("$.content[0].recipient").value("监护人"));
    }

    @Test
    void othersSeeNothingOfIt() throws Exception {
        mvc.perform(get("/api/v1/notifications/sms").param("batch", batch).with(staff.api("school2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(get("/api/v1/notifications/sms/" + notices.get(0).id()).with(staff.api("school2")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("短信不存在或不在您的管辖范围内"));
        mvc.perform(get("/api/v1/notifications/sms").with(staff.api("sysadmin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications/sms").with(staff.api("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications/sms")).andExpect(status().isUnauthorized());
    }

    @Test
    void countyStaffSendAFailedMessageAgainOverTheApi() throws Exception {
        long failed = notices.get(1).id();
        mvc.perform(post("/api/v1/notifications/sms/" + failed + "/resend").with(staff.api("school")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notifications/sms/" + failed + "/resend").with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(post("/api/v1/notifications/sms/" + failed + "/resend").with(staff.api("county")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有发送失败或未发送的短信可以发送，该短信当前状态为：待发送"));
        assertThat(new AuditLog(jdbc).about("sms", failed)).singleElement().satisfies(r -> assertThat(r.actor())
                .isEqualTo("county"));
    }

    @Test
    void refusesAMalformedFilter() throws Exception {
        mvc.perform(get("/api/v1/notifications/sms").param("phone", "12345").with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("手机号码格式不对，应为11位手机号码"));
        mvc.perform(get("/api/v1/notifications/sms").param("status", "丢了").with(staff.api("county")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsStatusTagsAndOffersCountyStaffToSendAgain() throws Exception {
        mvc.perform(get("/notifications/sms").param("batch", batch).with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("短信发送情况")))
                .andExpect(content().string(containsString("138****5679")))
                .andExpect(content().string(containsString("发送失败 1")))
                .andExpect(content().string(containsString("待发送 1")))
                .andExpect(content().string(containsString("上次失败：HTTP 503")))
                .andExpect(content().string(containsString("发送本批次失败和未发送的短信")))
                .andExpect(content().string(not(containsString("id=\"no-gateway\""))))
                .andExpect(content().string(not(containsString("13812345679"))));
        mvc.perform(get("/notifications/sms").param("batch", batch).with(staff.page("school")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****5679")))
                .andExpect(content().string(not(containsString("重新发送</button>"))));
        mvc.perform(get("/notifications/sms").param("phone", "abc").with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号码格式不对")));
        mvc.perform(get("/notifications/sms").with(staff.page("sysadmin"))).andExpect(status().isForbidden());
    }

    @Test
    void countyStaffSendAgainFromThePage() throws Exception {
        long failed = notices.get(1).id();
        mvc.perform(post("/notifications/sms/" + failed + "/resend")
                        .param("batch", batch)
                        .with(csrf())
                        .with(staff.page("school")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/sms/" + failed + "/resend")
                        .param("batch", batch)
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(redirectedUrl("/notifications/sms?batch=" + batch))
                .andExpect(flash().attribute("notice", "已重新发送，短信将在数秒内由系统发出"));
        mvc.perform(post("/notifications/sms/resend")
                        .param("batch", batch)
                        .with(csrf())
                        .with(staff.page("county")))
                .andExpect(flash().attribute("problem", "批次" + batch + "中没有发送失败或未发送的短信"));
        assertThat(new AuditLog(jdbc).about("sms", failed)).hasSize(1);
    }

    @Test
    void theOpenApiDescriptionCarriesTheStatusApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/notifications/sms/{id}/resend")))
                .andExpect(content().string(containsString("查询短信发送状态")));
    }
}
