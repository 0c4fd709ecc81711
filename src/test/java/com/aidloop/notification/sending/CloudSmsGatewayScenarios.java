package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.TestNotices;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.notification.sending.CloudSmsStub.Mode;
import com.aidloop.privacy.SensitiveData;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every cloud SMS gateway does through the dispatcher, against its provider's stub on
 * 127.0.0.1 that checks each request's signature with the test secret: a throttled message waits
 * with a backoff, an invalid number or an unapproved template fails at once, a bad signature
 * leaves the message waiting, and neither phone nor secret is logged. Each provider's test names
 * its settings and codes and adds what only it does. (The application here has a gateway
 * configured — the developers' logging one — so that staff may send a message; the gateway
 * under test is built from the provider's settings.)
 */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
@ExtendWith(OutputCaptureExtension.class)
abstract class CloudSmsGatewayScenarios<S extends CloudSmsStub, G extends SmsGateway & AutoCloseable> {

    static final String PHONE = "13812345678";

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsStore store;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    S stub;
    G gateway;

    /** A fresh stub of the provider. */
    abstract S newStub() throws IOException;

    /** The provider's settings (aidloop.sms.…) for a gateway to the stub that signs with {@code secret}. */
    abstract Map<String, String> providerSettings(String secret);

    /** The secret the stub checks signatures with. */
    abstract String secret();

    /** The provider's name as the gateway logs it, e.g. "Tencent Cloud SMS". */
    abstract String providerName();

    /** The provider's codes for: a throttled number, an invalid number, an unapproved template, a bad signature. */
    abstract String[] codes();

    @BeforeEach
    void aFreshProvider() throws Exception {
        jdbc.sql("DELETE FROM notification_sms").update();
        stub = newStub();
        gateway = gateway(secret());
    }

    @AfterEach
    void stopProvider() throws Exception {
        gateway.close();
        stub.close();
    }

    @Test
    void aThrottledMessageWaitsWithABackoffAndIsSentLater() {
        SmsNotice waiting = enqueue();
        stub.answer(Mode.THROTTLE);

        assertThat(dispatcher().dispatchDue()).isEqualTo(new DispatchRun(1, 0, 1, 0, 0));

        SmsNotice throttled = reload(waiting);
        assertThat(throttled.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(throttled.lastError()).isEqualTo("短信平台限流：该号码发送过于频繁，稍后自动重试（" + codes()[0] + "）");
        assertThat(throttled.nextAttemptAt()).isAfter(Instant.now().plusSeconds(20));
        assertThat(dispatcher().dispatchDue().claimed())
                .as("not due before its backoff")
                .isZero();

        stub.answer(Mode.ACCEPT);
        jdbc.sql("UPDATE notification_sms SET next_attempt_at = now() WHERE status = 'PENDING'")
                .update();
        dispatcher().dispatchDue();
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.SENT);
        assertThat(reload(waiting).attempts()).isEqualTo(2);
    }

    @Test
    void anInvalidNumberOrAnUnapprovedTemplateFailsAtOnceWithTheReasonInChinese() {
        SmsNotice badNumber = enqueue();
        stub.answer(Mode.INVALID_NUMBER);
        assertThat(dispatcher().dispatchDue()).isEqualTo(new DispatchRun(1, 0, 0, 1, 0));
        SmsNotice unapproved = enqueue();
        stub.answer(Mode.TEMPLATE_NOT_APPROVED);
        dispatcher().dispatchDue();

        assertThat(reload(badNumber).status()).isEqualTo(SmsStatus.FAILED);
        assertThat(reload(badNumber).lastError()).isEqualTo("手机号码无效（" + codes()[1] + "）");
        assertThat(reload(unapproved).status()).isEqualTo(SmsStatus.FAILED);
        assertThat(reload(unapproved).lastError()).isEqualTo("短信模板不存在或未审核通过（" + codes()[2] + "）");
        assertThat(reload(unapproved).resendable()).isTrue();
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefusedByTheProviderAndTheMessageWaits() throws Exception {
        SmsNotice waiting = enqueue();
        try (G wrong = gateway("not-the-secret")) {
            new SmsDispatcher(store, wrong, sensitive, settings()).dispatchDue();
        }

        assertThat(stub.rejections()).containsExactly("signature does not match");
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(reload(waiting).lastError()).startsWith("短信平台拒绝了访问密钥或签名").endsWith("（" + codes()[3] + "）");
    }

    @Test
    void neitherThePhoneNorTheSecretIsLogged(CapturedOutput output) {
        enqueue();
        stub.answer(Mode.INVALID_NUMBER);
        dispatcher().dispatchDue();

        assertThat(output.getAll())
                .contains(providerName())
                .contains("手机号码无效")
                .doesNotContain(PHONE)
                .doesNotContain(secret());
    }

    @SuppressWarnings("unchecked")
    G gateway(String secret) {
        Map<String, String> settings = new HashMap<>(providerSettings(secret));
        SmsProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("aidloop.sms", SmsProperties.class);
        return (G) new SmsConfiguration().smsGateway(properties);
    }

    SmsDispatcher dispatcher() {
        return new SmsDispatcher(store, gateway, sensitive, settings());
    }

    static SmsProperties.Dispatcher settings() {
        return new SmsProperties.Dispatcher(
                true,
                Duration.ofSeconds(5),
                20,
                10,
                Duration.ofMinutes(1),
                12,
                Duration.ofSeconds(30),
                2.0,
                Duration.ofHours(1));
    }

    SmsNotice enqueue() {
        return transactions.execute(tx -> outbox.enqueue(TestNotices.payout(PHONE)));
    }

    SmsNotice reload(SmsNotice notice) {
        return outbox.byKey(notice.deduplicationKey()).orElseThrow();
    }
}
