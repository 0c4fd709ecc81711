package com.aidloop.notification.sending;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.disbursement.reconciliation.ReturnFileImport;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.notification.sending.StubSmsGateway.Mode;
import com.aidloop.privacy.SensitiveData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A return file pays students while the SMS gateway (a real HTTP stub on 127.0.0.1) answers 500
 * or hangs past the timeout: the payments stand PAID, the notices wait, and after recovery each
 * is delivered once. Here, beside the gateway stub, rather than in disbursement.
 */
@SpringBootTest
class PaidNoticeGatewayFaultTests {

    @Autowired
    ReturnFileImport returns;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsStore store;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    StubSmsGateway stub;
    HttpSmsGateway gateway;
    SmsDispatcher dispatcher;

    @BeforeEach
    void aFreshGatewayAndAnEmptyOutbox() throws Exception {
        // other tests leave waiting messages behind; this one counts every send
        jdbc.sql("DELETE FROM notification_sms").update();
        stub = new StubSmsGateway();
        // far beyond the 3 s request timeout, so that a late timer on a loaded machine never sees the answer
        stub.hang(30_000);
        gateway = new HttpSmsGateway(new SmsProperties.Http(
                stub.url(), "aidloop", "s3cret", null, Duration.ofSeconds(2), Duration.ofSeconds(3)));
        dispatcher = new SmsDispatcher(
                store,
                gateway,
                sensitive,
                new SmsProperties.Dispatcher(
                        true,
                        Duration.ofSeconds(5),
                        20,
                        10,
                        Duration.ofSeconds(30),
                        12,
                        Duration.ofMinutes(1),
                        2.0,
                        Duration.ofHours(1)));
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
        stub.close();
    }

    @Test
    void theGatewayFailingOrHangingLeavesThePaymentsPaidAndEachNoticeIsDeliveredOnceAfterRecovery() {
        ReconciliationFixtures fixtures = new ReconciliationFixtures(jdbc, sensitive);
        Batch batch = fixtures.exported(2);
        byte[] content = csv(List.of(csvLine(batch.payment(1), "成功", ""), csvLine(batch.payment(2), "成功", "")))
                .getBytes(StandardCharsets.UTF_8);
        returns.upload(batch.id(), "r.csv", ReconciliationFixtures.file(folder, "r.csv", content), COUNTY_SCOPE);
        String first = "payment:" + batch.payment(1).reference();
        String second = "payment:" + batch.payment(2).reference();

        stub.answer(Mode.FAIL);
        dispatcher.dispatchDue();
        assertThat(notice(first).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(notice(first).lastError()).isEqualTo("HTTP 500");
        timePasses();
        stub.answer(Mode.HANG);
        dispatcher.dispatchDue();
        assertThat(notice(second).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PAID");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("PAID");
        assertThat(fixtures.status(batch.id())).isEqualTo("RECONCILED");

        timePasses();
        stub.answer(Mode.ACCEPT);
        dispatcher.dispatchDue();
        timePasses();
        dispatcher.dispatchDue();

        for (String key : List.of(first, second)) {
            SmsNotice sent = notice(key);
            assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
            assertThat(sent.gatewayMessageId()).isEqualTo(stub.messageIdOf(key));
            assertThat(stub.requestsFor(key)).isEqualTo(3);
        }
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PAID");
    }

    private SmsNotice notice(String key) {
        return outbox.byKey(key).orElseThrow();
    }

    private void timePasses() {
        jdbc.sql("UPDATE notification_sms SET next_attempt_at = now() - interval '1 second' WHERE status = 'PENDING'")
                .update();
    }
}
