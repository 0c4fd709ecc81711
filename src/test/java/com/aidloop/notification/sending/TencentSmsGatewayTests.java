package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsStatus;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Tencent Cloud SMS gateway through the dispatcher, against a stub of SendSms 2021-01-11 that
 * checks every request's TC3-HMAC-SHA256 signature: the scenarios every cloud gateway passes and
 * the JSON it sends.
 */
class TencentSmsGatewayTests extends CloudSmsGatewayScenarios<TencentSmsStub, TencentSmsGateway> {

    @Override
    TencentSmsStub newStub() throws IOException {
        return new TencentSmsStub();
    }

    @Override
    Map<String, String> providerSettings(String secret) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "aidloop.sms.gateway", "tencent",
                "aidloop.sms.tencent.endpoint", stub.endpoint(),
                "aidloop.sms.tencent.secret-id", TencentSmsStub.SECRET_ID,
                "aidloop.sms.tencent.secret-key", secret,
                "aidloop.sms.tencent.sdk-app-id", "1400000001",
                "aidloop.sms.tencent.templates.PAYOUT", "2000001",
                "aidloop.sms.tencent.templates.PAYOUT_PLAIN", "2000002",
                "aidloop.sms.tencent.request-timeout", "2s"));
        settings.put("aidloop.sms.tencent.templates.LOGIN_CODE", "2000003");
        settings.put("aidloop.sms.tencent.templates.IDENTIFICATION_WINDOW", "2000004");
        return settings;
    }

    @Override
    String secret() {
        return TencentSmsStub.SECRET_KEY;
    }

    @Override
    String providerName() {
        return "Tencent Cloud SMS";
    }

    @Override
    String[] codes() {
        return new String[] {
            "LimitExceeded.PhoneNumberOneHourLimit",
            "InvalidParameterValue.IncorrectPhoneNumber",
            "FailedOperation.TemplateIncorrectOrUnapproved",
            "AuthFailure.SignatureFailure"
        };
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
}
