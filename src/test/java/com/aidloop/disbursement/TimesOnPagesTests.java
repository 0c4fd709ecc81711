package com.aidloop.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.TestNotices;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** One minute reads the same on every page: a batch and its SMS created at 08:00 UTC both show 16:00, China time. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TimesOnPagesTests {

    private static final Instant EIGHT_UTC = Instant.parse("2026-11-27T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmsOutbox outbox;

    @Test
    void theSameInstantReadsTheSameOnABatchPageAndAnSmsPage() throws Exception {
        DemoStaff staff = new DemoStaff(mvc);
        Term term = new Term(2005, Term.Semester.SPRING);
        ProgressFixtures.clear(jdbc, term);
        long batch = ProgressFixtures.batch(
                jdbc,
                term,
                ProgressFixtures.LIVING_SUBSIDY,
                ProgressFixtures.LIVING_SUBSIDY_NAME,
                BatchStatus.DRAFT,
                0,
                "0.00");
        jdbc.sql("UPDATE disbursement_batch SET created_at = :at WHERE id = :id")
                .param("at", EIGHT_UTC.atOffset(ZoneOffset.UTC))
                .param("id", batch)
                .update();
        long school = ProgressFixtures.schoolId(jdbc, ProgressFixtures.SANSHI_PRIMARY);
        String smsBatch = "B-time-" + TestNotices.nextPayment();
        SmsNotice notice =
                outbox.enqueue(TestNotices.payout(smsBatch, "13812345678", TestNotices.student(880_101, "周晓", school)));
        jdbc.sql("UPDATE notification_sms SET created_at = :at WHERE id = :id")
                .param("at", EIGHT_UTC.atOffset(ZoneOffset.UTC))
                .param("id", notice.id())
                .update();

        String batchPage = mvc.perform(get("/payout-batches/" + batch).with(staff.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String smsPage = mvc.perform(
                        get("/notifications/sms").param("batch", smsBatch).with(staff.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(batchPage).contains("2026-11-27 16:00").doesNotContain("2026-11-27 08:00");
        assertThat(smsPage).contains("2026-11-27 16:00").doesNotContain("2026-11-27 08:00");
    }
}
