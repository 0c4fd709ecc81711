package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.notification.SmsContentRule;
import com.aidloop.notification.domain.RetrySchedule.RetryAfter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings under aidloop.sms as an installation writes them, and the gateway they choose. */
class SmsSettingsTests {

    private final SmsConfiguration configuration = new SmsConfiguration();

    @Test
    void withoutSettingsNoGatewaySendsAndMessagesAreNotSent() {
        SmsProperties defaults = bind(Map.of());

        assertThat(defaults.gateway()).isEqualTo(SmsProperties.GatewayKind.NONE);
        assertThat(defaults.signature()).isEqualTo("学生资助");
        assertThat(defaults.dispatcher().enabled()).isTrue();
        assertThat(defaults.dispatcher().maxAttempts()).isEqualTo(12);
        assertThat(defaults.dispatcher().retrySchedule().afterFailure(1))
                .isEqualTo(new RetryAfter(Duration.ofSeconds(30)));
        SmsGateway none = configuration.smsGateway(defaults);
        assertThat(none).isInstanceOf(NoSmsGateway.class);
        assertThat(none.send(null)).isEqualTo(new GatewayAnswer.NotSent("未配置短信网关"));
        assertThat(configuration.smsGateway(bind(Map.of("aidloop.sms.gateway", "logging"))))
                .isInstanceOf(LoggingSmsGateway.class);
    }

    @Test
    void anAlibabaCloudGatewayTakesItsKeysTemplatesAndEndpoint() {
        SmsProperties aliyun = bind(Map.of(
                "aidloop.sms.gateway", "aliyun",
                "aidloop.sms.signature", "平江县学生资助",
                "aidloop.sms.aliyun.access-key-id", "LTAI5tPingjiang",
                "aidloop.sms.aliyun.access-key-secret", "very-secret",
                "aidloop.sms.aliyun.templates.PAYOUT", "SMS_100000001",
                "aidloop.sms.aliyun.templates.PAYOUT_PLAIN", "SMS_100000002",
                "aidloop.sms.aliyun.templates.LOGIN_CODE", "SMS_100000003",
                "aidloop.sms.aliyun.templates.IDENTIFICATION_WINDOW", "SMS_100000004"));

        assertThat(aliyun.aliyun().toString()).contains("LTAI5tPingjiang").doesNotContain("very-secret");
        try (AliyunSmsGateway gateway = (AliyunSmsGateway) configuration.smsGateway(aliyun)) {
            assertThat(gateway.endpoint()).hasToString("https://dysmsapi.aliyuncs.com");
            assertThat(gateway.name()).isEqualTo("aliyun");
        }
    }

    @Test
    void aTencentCloudGatewayTakesItsKeysAppTemplatesAndRegion() {
        SmsProperties tencent = bind(Map.of(
                "aidloop.sms.gateway", "tencent",
                "aidloop.sms.tencent.secret-id", "AKIDpingjiang",
                "aidloop.sms.tencent.secret-key", "very-secret",
                "aidloop.sms.tencent.sdk-app-id", "1400000001",
                "aidloop.sms.tencent.region", "ap-beijing",
                "aidloop.sms.tencent.templates.payout", "2000001",
                "aidloop.sms.tencent.templates.payout-plain", "2000002",
                "aidloop.sms.tencent.templates.login-code", "2000003",
                "aidloop.sms.tencent.templates.identification.window", "2000004"));

        assertThat(tencent.tencent().toString()).contains("AKIDpingjiang").doesNotContain("very-secret");
        try (TencentSmsGateway gateway = (TencentSmsGateway) configuration.smsGateway(tencent)) {
            assertThat(gateway.endpoint()).hasToString("https://sms.tencentcloudapi.com");
            assertThat(gateway.region()).isEqualTo("ap-beijing");
        }
    }

    @Test
    void aCloudGatewayWithoutKeysOrATemplateCodeStopsTheStart() {
        assertThatThrownBy(() -> configuration.smsGateway(bind(Map.of("aidloop.sms.gateway", "aliyun"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIDLOOP_SMS_ALIYUN_ACCESS_KEY_ID");
        assertThatThrownBy(() -> configuration.smsGateway(bind(Map.of(
                        "aidloop.sms.gateway", "tencent",
                        "aidloop.sms.tencent.secret-id", "AKIDpingjiang",
                        "aidloop.sms.tencent.secret-key", "very-secret",
                        "aidloop.sms.tencent.sdk-app-id", "1400000001",
                        "aidloop.sms.tencent.templates.PAYOUT", "2000001"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIDLOOP_SMS_TENCENT_TEMPLATE_PAYOUT_PLAIN")
                .hasMessageNotContaining("very-secret");
    }

    @Test
    void anHttpGatewayTakesItsUrlCredentialsAndTimeouts() {
        SmsProperties http = bind(Map.of(
                "aidloop.sms.gateway", "http",
                "aidloop.sms.http.url", "https://sms.example.cn/api/send",
                "aidloop.sms.http.username", "pingjiang",
                "aidloop.sms.http.password", "very-secret",
                "aidloop.sms.http.request-timeout", "3s"));

        assertThat(http.http().requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(http.http().toString()).doesNotContain("very-secret");
        try (HttpSmsGateway gateway = (HttpSmsGateway) configuration.smsGateway(http)) {
            assertThat(gateway.url()).hasToString("https://sms.example.cn/api/send");
        }
    }

    @Test
    void anHttpGatewayWithoutAUrlStopsTheStart() {
        assertThatThrownBy(() -> configuration.smsGateway(bind(Map.of("aidloop.sms.gateway", "HTTP"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIDLOOP_SMS_URL");
        assertThatThrownBy(() -> configuration.smsGateway(
                        bind(Map.of("aidloop.sms.gateway", "http", "aidloop.sms.http.url", "ftp://x"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLeaseShorterThanASendCouldTakeStopsTheStart() {
        SmsProperties tight = bind(Map.of(
                "aidloop.sms.gateway", "http",
                "aidloop.sms.http.url", "http://127.0.0.1:9/send",
                "aidloop.sms.dispatcher.lease", "20s"));

        assertThatThrownBy(() -> configuration.smsDispatcher(null, configuration.smsGateway(tight), null, tight))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lease");
    }

    @Test
    void hardshipWordsCanBeReplaced() {
        SmsProperties local = bind(Map.of("aidloop.sms.content.hardship-words", "留守,单亲"));

        assertThat(local.content().policy().hardshipWords()).containsExactly("留守", "单亲");
        assertThat(local.content().policy().check("留守儿童补助").orElseThrow().rule())
                .isEqualTo(SmsContentRule.HARDSHIP_WORD);
    }

    private static SmsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("aidloop.sms", SmsProperties.class);
    }
}
