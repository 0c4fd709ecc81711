package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
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

/**
 * The Alibaba Cloud SMS gateway through the dispatcher, against a stub of SendSms on 127.0.0.1
 * that checks every request's V3 signature with the test secret: accepted, throttled, refused,
 * and badly signed. (The application here has a gateway configured — the developers' logging one
 * — so that staff may send a message; the gateway under test is built from aliyun settings.)
 */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
@ExtendWith(OutputCaptureExtension.class)
class AliyunSmsGatewayTests {

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

    AliyunSmsStub stub;
    AliyunSmsGateway gateway;

    @BeforeEach
    void aFreshProvider() throws Exception {
        jdbc.sql("DELETE FROM notification_sms").update();
        stub = new AliyunSmsStub();
        gateway = gateway(AliyunSmsStub.ACCESS_KEY_SECRET);
    }

    @AfterEach
    void stopProvider() {
        gateway.close();
        stub.close();
    }

    @Test
    void anAcceptedMessageIsSentWithTheBizIdAndTheRegisteredTemplateAndItsValues() {
        SmsNotice waiting = enqueue();

        DispatchRun run = dispatcher().dispatchDue();

        SmsNotice sent = reload(waiting);
        assertThat(run).isEqualTo(new DispatchRun(1, 1, 0, 0, 0));
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.statusText()).isEqualTo("已发送");
        assertThat(sent.gateway()).isEqualTo("aliyun");
        assertThat(sent.gatewayMessageId()).isEqualTo(AliyunSmsStub.BIZ_ID);
        assertThat(stub.rejections()).isEmpty();
        assertThat(stub.forms())
                .singleElement()
                .isEqualTo(Map.of(
                        "PhoneNumbers", PHONE,
                        "SignName", "学生资助",
                        "TemplateCode", "SMS_465100001",
                        "TemplateParam",
                                "{\"name\":\"李明\",\"term\":\"2026年秋季学期\",\"programme\":\"国家助学金\",\"amount\":\"1250.00\",\"card\":\"1234\"}",
                        "OutId", waiting.deduplicationKey()));
    }

    @Test
    void aThrottledMessageWaitsWithABackoffAndIsSentLater() {
        SmsNotice waiting = enqueue();
        stub.answer(Mode.THROTTLE);

        assertThat(dispatcher().dispatchDue()).isEqualTo(new DispatchRun(1, 0, 1, 0, 0));

        SmsNotice throttled = reload(waiting);
        assertThat(throttled.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(throttled.lastError()).isEqualTo("短信平台限流：该号码发送过于频繁，稍后自动重试（isv.BUSINESS_LIMIT_CONTROL）");
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
        assertThat(reload(badNumber).lastError()).isEqualTo("手机号码无效（isv.MOBILE_NUMBER_ILLEGAL）");
        assertThat(reload(unapproved).status()).isEqualTo(SmsStatus.FAILED);
        assertThat(reload(unapproved).lastError()).isEqualTo("短信模板不存在或未审核通过（isv.SMS_TEMPLATE_ILLEGAL）");
        assertThat(reload(unapproved).resendable()).isTrue();
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefusedByTheProviderAndTheMessageWaits() {
        SmsNotice waiting = enqueue();
        try (AliyunSmsGateway wrong = gateway("not-the-secret")) {
            new SmsDispatcher(store, wrong, sensitive, settings()).dispatchDue();
        }

        assertThat(stub.rejections()).containsExactly("signature does not match");
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(reload(waiting).lastError()).startsWith("短信平台拒绝了访问密钥或签名").endsWith("（SignatureDoesNotMatch）");
    }

    @Test
    void aNoticeNotSentWhileNoGatewayWasConfiguredGoesOutWhenStaffSendIt() {
        SmsNotice notice = enqueue();
        new SmsDispatcher(store, new NoSmsGateway(), sensitive, settings()).dispatchDue();
        assertThat(reload(notice).statusText()).isEqualTo("未发送（未配置短信网关）");

        outbox.resend(notice.id(), DataScope.region("430626"));
        dispatcher().dispatchDue();

        assertThat(reload(notice).status()).isEqualTo(SmsStatus.SENT);
        assertThat(reload(notice).resends()).isOne();
    }

    @Test
    void neitherThePhoneNorTheSecretIsLogged(CapturedOutput output) {
        enqueue();
        stub.answer(Mode.INVALID_NUMBER);
        dispatcher().dispatchDue();

        assertThat(output.getAll())
                .contains("Alibaba Cloud SMS")
                .contains("手机号码无效")
                .doesNotContain(PHONE)
                .doesNotContain(AliyunSmsStub.ACCESS_KEY_SECRET);
    }

    private AliyunSmsGateway gateway(String secret) {
        Map<String, String> settings = new HashMap<>();
        settings.put("aidloop.sms.gateway", "aliyun");
        settings.put("aidloop.sms.aliyun.endpoint", stub.endpoint());
        settings.put("aidloop.sms.aliyun.access-key-id", AliyunSmsStub.ACCESS_KEY_ID);
        settings.put("aidloop.sms.aliyun.access-key-secret", secret);
        settings.put("aidloop.sms.aliyun.templates.PAYOUT", "SMS_465100001");
        settings.put("aidloop.sms.aliyun.templates.PAYOUT_PLAIN", "SMS_465100002");
        settings.put("aidloop.sms.aliyun.request-timeout", "2s");
        SmsProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("aidloop.sms", SmsProperties.class);
        return (AliyunSmsGateway) new SmsConfiguration().smsGateway(properties);
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
