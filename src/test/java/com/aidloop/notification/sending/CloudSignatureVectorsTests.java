package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two signatures against requests the providers' official Java SDKs signed: each expected
 * Authorization below was captured from a request made by the SDK (tencentcloud-sdk-java-sms
 * 3.1.1281; dysmsapi20170525 4.1.2 with tea-openapi 0.3.8) to a local server, with these test
 * keys. The SDKs are not dependencies of the project; these vectors keep what they taught.
 */
class CloudSignatureVectorsTests {

    @Test
    void tencentTc3SignsAsTheOfficialSdkDoes() {
        // The SDK takes the service from the endpoint's first label: "127" for 127.0.0.1:38617 ("sms" for the real
        // host).
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Host", "127.0.0.1:38617");
        String body =
                "{\"PhoneNumberSet\":[\"+8613812345678\"],\"SmsSdkAppId\":\"1400000001\",\"TemplateId\":\"2000001\","
                        + "\"SignName\":\"学生资助\",\"TemplateParamSet\":[\"李明\",\"2026年秋季学期\"]}";

        String authorization = new TencentSignature(
                        "AKIDTestSecretId0123456789", "test-secret-tencent-0123456789", "127")
                .authorization("POST", "/", "", headers, body, 1796562736L);

        assertThat(authorization)
                .isEqualTo(
                        "TC3-HMAC-SHA256 Credential=AKIDTestSecretId0123456789/2026-12-06/127/tc3_request, "
                                + "SignedHeaders=content-type;host, Signature=b585962e19cc0273ea3f79f728cb3b55ad4120d6b76ce8588872c485488085bf");
    }

    @Test
    void aliyunV3SignsAsTheOfficialSdkDoes() {
        // The SDK puts SendSms's parameters in the query and signs one more header of its own.
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "127.0.0.1:40751");
        headers.put("x-acs-action", "SendSms");
        headers.put("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        headers.put("x-acs-credentials-provider", "static_ak");
        headers.put("x-acs-date", "2026-12-06T13:12:18Z");
        headers.put("x-acs-signature-nonce", "25eb4d9a16dbac495845242cceb9cb6b");
        headers.put("x-acs-version", "2017-05-25");
        String query = "PhoneNumbers=13812345678&SignName=" + Signing.percentEncode("学生资助")
                + "&TemplateCode=SMS_465100001" + "&TemplateParam=" + Signing.percentEncode("{\"name\":\"李明\"}");

        String authorization = new AliyunSignature("LTAI5tTestKeyId", "test-secret-aliyun-0123456789")
                .authorization("POST", "/", query, headers, Signing.sha256Hex(""));

        assertThat(query).endsWith("TemplateParam=%7B%22name%22%3A%22%E6%9D%8E%E6%98%8E%22%7D");
        assertThat(authorization)
                .isEqualTo("ACS3-HMAC-SHA256 Credential=LTAI5tTestKeyId,SignedHeaders=host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=e633a6a8a24a6afaf4a7961ba1e6f810c0945e4504c46686ee26cddcf8b58394");
    }
}
