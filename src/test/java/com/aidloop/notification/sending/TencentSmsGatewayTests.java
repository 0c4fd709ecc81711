package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.TestNotices;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.notification.sending.CloudSmsStub.Mode;
import com.aidloop.privacy.SensitiveData;
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
import tools.jackson.databind.JsonNode;

/**
 * The Tencent Cloud SMS gateway through the dispatcher, against a stub of SendSms 2021-01-11 on
 * 127.0.0.1 that checks every request's TC3-HMAC-SHA256 signature with the test secret: accepted,
 * throttled, refused, and badly signed.
 */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
@ExtendWith(OutputCaptureExtension.class)
class TencentSmsGatewayTests {

    private static final String PHONE = "13812345678";

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

    TencentSmsStub stub;
    TencentSmsGateway gateway;

    @BeforeEach
    void aFreshProvider() throws Exception {
        jdbc.sql("DELETE FROM notification_sms").update();
        stub = new TencentSmsStub();
        gateway = gateway(TencentSmsStub.SECRET_KEY);
    }

    @AfterEach
    void stopProvider() {
        gateway.close();
        stub.close();
    }

    @Test
    void anAcceptedMessageIsSentWithTheSerialNoAndTheRegisteredTemplateAndItsValuesInOrder() {
        SmsNotice waiting = enqueue();

        DispatchRun run = dispatcher().dispatchDue();

        SmsNotice sent = reload(waiting);
        assertThat(run).isEqualTo(new DispatchRun(1, 1, 0, 0, 0));
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.gateway()).isEqualTo("tencent");
        assertThat(sent.gatewayMessageId()).isEqualTo(TencentSmsStub.SERIAL_NO);
        assertThat(stub.rejections()).isEmpty();
        JsonNode request = stub.requests().getFirst();
        assertThat(request.path("PhoneNumberSet").toString()).isEqualTo("[\"+86" + PHONE + "\"]");
        assertThat(request.path("SmsSdkAppId").asString()).isEqualTo("1400000001");
        assertThat(request.path("SignName").asString()).isEqualTo("学生资助");
        assertThat(request.path("TemplateId").asString()).isEqualTo("2000001");
        assertThat(request.path("TemplateParamSet").toString())
                .isEqualTo("[\"李明\",\"2026年秋季学期\",\"国家助学金\",\"1250.00\",\"1234\"]");
        assertThat(request.path("SessionContext").asString()).isEqualTo(waiting.deduplicationKey());
    }

    @Test
    void aThrottledMessageWaitsWithABackoffAndIsSentLater() {
        SmsNotice waiting = enqueue();
        stub.answer(Mode.THROTTLE);

        assertThat(dispatcher().dispatchDue()).isEqualTo(new DispatchRun(1, 0, 1, 0, 0));

        SmsNotice throttled = reload(waiting);
        assertThat(throttled.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(throttled.lastError()).isEqualTo("短信平台限流：该号码发送过于频繁，稍后自动重试（LimitExceeded.PhoneNumberOneHourLimit）");
        assertThat(throttled.nextAttemptAt()).isAfter(Instant.now().plusSeconds(20));

        stub.answer(Mode.ACCEPT);
        jdbc.sql("UPDATE notification_sms SET next_attempt_at = now() WHERE status = 'PENDING'")
                .update();
        dispatcher().dispatchDue();
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.SENT);
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
        assertThat(reload(badNumber).lastError()).isEqualTo("手机号码无效（InvalidParameterValue.IncorrectPhoneNumber）");
        assertThat(reload(unapproved).status()).isEqualTo(SmsStatus.FAILED);
        assertThat(reload(unapproved).lastError())
                .isEqualTo("短信模板不存在或未审核通过（FailedOperation.TemplateIncorrectOrUnapproved）");
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefusedByTheProviderAndTheMessageWaits() {
        SmsNotice waiting = enqueue();
        try (TencentSmsGateway wrong = gateway("not-the-secret")) {
            new SmsDispatcher(store, wrong, sensitive, settings()).dispatchDue();
        }

        assertThat(stub.rejections()).containsExactly("signature does not match");
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(reload(waiting).lastError()).startsWith("短信平台拒绝了访问密钥或签名").endsWith("（AuthFailure.SignatureFailure）");
    }

    @Test
    void neitherThePhoneNorTheSecretIsLogged(CapturedOutput output) {
        enqueue();
        stub.answer(Mode.INVALID_NUMBER);
        dispatcher().dispatchDue();

        assertThat(output.getAll())
                .contains("Tencent Cloud SMS")
                .contains("手机号码无效")
                .doesNotContain(PHONE)
                .doesNotContain(TencentSmsStub.SECRET_KEY);
    }

    private TencentSmsGateway gateway(String secret) {
        Map<String, String> settings = new HashMap<>();
        settings.put("aidloop.sms.gateway", "tencent");
        settings.put("aidloop.sms.tencent.endpoint", stub.endpoint());
        settings.put("aidloop.sms.tencent.secret-id", TencentSmsStub.SECRET_ID);
        settings.put("aidloop.sms.tencent.secret-key", secret);
        settings.put("aidloop.sms.tencent.sdk-app-id", "1400000001");
        settings.put("aidloop.sms.tencent.templates.PAYOUT", "2000001");
        settings.put("aidloop.sms.tencent.templates.PAYOUT_PLAIN", "2000002");
        settings.put("aidloop.sms.tencent.request-timeout", "2s");
        SmsProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("aidloop.sms", SmsProperties.class);
        return (TencentSmsGateway) new SmsConfiguration().smsGateway(properties);
    }

    private SmsDispatcher dispatcher() {
        return new SmsDispatcher(store, gateway, sensitive, settings());
    }

    private static SmsProperties.Dispatcher settings() {
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

    private SmsNotice enqueue() {
        return transactions.execute(tx -> outbox.enqueue(TestNotices.payout(PHONE)));
    }

    private SmsNotice reload(SmsNotice notice) {
        return outbox.byKey(notice.deduplicationKey()).orElseThrow();
    }
}
