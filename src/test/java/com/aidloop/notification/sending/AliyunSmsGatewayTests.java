package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsStatus;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alibaba Cloud SMS gateway through the dispatcher, against a stub of SendSms that checks
 * every request's V3 signature: the scenarios every cloud gateway passes, the form it sends, and
 * a notice that waited for a gateway.
 */
class AliyunSmsGatewayTests extends CloudSmsGatewayScenarios<AliyunSmsStub, AliyunSmsGateway> {

    @Override
    AliyunSmsStub newStub() throws IOException {
        return new AliyunSmsStub();
    }

    @Override
    Map<String, String> providerSettings(String secret) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "aidloop.sms.gateway", "aliyun",
                "aidloop.sms.aliyun.endpoint", stub.endpoint(),
                "aidloop.sms.aliyun.access-key-id", AliyunSmsStub.ACCESS_KEY_ID,
                "aidloop.sms.aliyun.access-key-secret", secret,
                "aidloop.sms.aliyun.templates.PAYOUT", "SMS_465100001",
                "aidloop.sms.aliyun.templates.PAYOUT_PLAIN", "SMS_465100002",
                "aidloop.sms.aliyun.request-timeout", "2s"));
        settings.put("aidloop.sms.aliyun.templates.LOGIN_CODE", "SMS_465100003");
        settings.put("aidloop.sms.aliyun.templates.IDENTIFICATION_WINDOW", "SMS_465100004");
        return settings;
    }

    @Override
    String secret() {
        return AliyunSmsStub.ACCESS_KEY_SECRET;
    }

    @Override
    String providerName() {
        return "Alibaba Cloud SMS";
    }

    @Override
    String[] codes() {
        return new String[] {
            "isv.BUSINESS_LIMIT_CONTROL",
            "isv.MOBILE_NUMBER_ILLEGAL",
            "isv.SMS_TEMPLATE_ILLEGAL",
            "SignatureDoesNotMatch"
        };
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
    void aNoticeNotSentWhileNoGatewayWasConfiguredGoesOutWhenStaffSendIt() {
        SmsNotice notice = enqueue();
        new SmsDispatcher(store, new NoSmsGateway(), sensitive, settings()).dispatchDue();
        assertThat(reload(notice).statusText()).isEqualTo("未发送（未配置短信网关）");

        outbox.resend(notice.id(), DataScope.region("430626"));
        dispatcher().dispatchDue();

        assertThat(reload(notice).status()).isEqualTo(SmsStatus.SENT);
        assertThat(reload(notice).resends()).isOne();
    }
}
