package com.aidloop.notification.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStudent;
import com.aidloop.notification.TestNotices;
import com.aidloop.notification.sending.SmsDispatcher;
import com.aidloop.testing.DemoStaff;
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
 * An installation that configured no SMS gateway (the settings as shipped): the dispatcher runs,
 * but no message claims 已发送. Each reads 未发送（未配置短信网关） on the SMS page and in the API,
 * is not counted as failed, and cannot be sent until a gateway is configured.
 */
@SpringBootTest
class SmsWithoutGatewayTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    DemoStaff staff;
    String batch;
    SmsNotice notice;

    @BeforeEach
    void aPayoutNoticeTheDispatcherHasHandled() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
        long school = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        batch = "B-none-" + TestNotices.nextPayment();
        SmsStudent student = TestNotices.student(880_201, "周晓", school);
        notice = transactions.execute(tx -> outbox.enqueue(TestNotices.payout(batch, "13812345678", student)));

        dispatcher.dispatchDue();
    }

    @Test
    void theApiSaysNotSentBecauseNoGatewayIsConfigured() throws Exception {
        mvc.perform(get("/api/v1/notifications/sms").param("batch", batch).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.SENT").value(0))
                .andExpect(jsonPath("$.counts.FAILED").value(0))
                .andExpect(jsonPath("$.counts.NOT_SENT").value(1))
                .andExpect(jsonPath("$.content[0].status").value("NOT_SENT"))
                .andExpect(jsonPath("$.content[0].statusLabel").value("未发送"))
                .andExpect(jsonPath("$.content[0].statusText").value("未发送（未配置短信网关）"))
                .andExpect(jsonPath("$.content[0].lastError").value("未配置短信网关"))
                .andExpect(jsonPath("$.content[0].attempts").value(0))
                .andExpect(jsonPath("$.content[0].sentAt").value(nullValue()))
                .andExpect(jsonPath("$.content[0].gatewayMessageId").value(nullValue()))
                .andExpect(jsonPath("$.content[0].phone").value("138****5678"))
                .andExpect(content().string(not(containsString("13812345678"))));
        mvc.perform(get("/api/v1/notifications/sms/" + notice.id()).with(staff.api("school")))
                .andExpect(jsonPath("$.statusText").value("未发送（未配置短信网关）"));
        mvc.perform(get("/api/v1/notifications/sms")
                        .param("status", "未发送")
                        .param("batch", batch)
                        .with(staff.api("county")))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void thePageSaysNotSentBecauseNoGatewayIsConfiguredAndOffersNoSending() throws Exception {
        mvc.perform(get("/notifications/sms").param("batch", batch).with(staff.page("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未发送（未配置短信网关）")))
                .andExpect(content().string(containsString("id=\"no-gateway\"")))
                .andExpect(content().string(containsString("已发送 0")))
                .andExpect(content().string(containsString("发送失败 0")))
                .andExpect(content().string(containsString("未发送 1")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(not(containsString("发送</button>"))))
                .andExpect(content().string(not(containsString("id=\"resend-batch\""))));
    }

    @Test
    void staffCannotSendItUntilAGatewayIsConfigured() throws Exception {
        mvc.perform(post("/api/v1/notifications/sms/" + notice.id() + "/resend").with(staff.api("county")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("未配置短信网关")));
        mvc.perform(post("/api/v1/notifications/sms/resend")
                        .param("batch", batch)
                        .with(staff.api("county")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/notifications/sms/" + notice.id()).with(staff.api("county")))
                .andExpect(jsonPath("$.status").value("NOT_SENT"))
                .andExpect(jsonPath("$.resends").value(0));
    }
}
