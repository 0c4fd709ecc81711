package com.aidloop.notification.sending;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tencent Cloud SMS (腾讯云短信): {@code SendSms} of API 2021-01-11, one number (+86…) per call,
 * the registered template id and its values in order ({@code TemplateParamSet}: {1}, {2}, …),
 * the signature as {@code SignName}, the SMS application's {@code SmsSdkAppId}, and the message's
 * key as {@code SessionContext}. A JSON POST signed with TC3-HMAC-SHA256 ({@link TencentSignature}),
 * naming the region in {@code X-TC-Region}. The answer's codes decide ({@link TencentAnswers}):
 * {@code Ok} is sent with its {@code SerialNo}; throttling and the provider's trouble are tried
 * again; a bad number or an unapproved template fails the message.
 */
public class TencentSmsGateway implements SmsGateway, AutoCloseable {

    static final String DEFAULT_ENDPOINT = "https://sms.tencentcloudapi.com";
    static final String DEFAULT_REGION = "ap-guangzhou";
    static final String SERVICE = "sms";
    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final URI endpoint;
    private final String host;
    private final String region;
    private final String sdkAppId;
    private final TencentSignature signature;
    private final String signName;
    private final TemplateCodes templates;
    private final BoundedHttp http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public TencentSmsGateway(SmsProperties.Tencent settings, String signName) {
        this(settings, signName, Clock.systemUTC());
    }

    TencentSmsGateway(SmsProperties.Tencent settings, String signName, Clock clock) {
        String configured =
                settings.endpoint() == null || settings.endpoint().isBlank() ? DEFAULT_ENDPOINT : settings.endpoint();
        this.endpoint = BoundedHttp.endpoint(configured, "aidloop.sms.tencent.endpoint");
        this.host = BoundedHttp.host(endpoint);
        this.region = settings.region() == null || settings.region().isBlank()
                ? DEFAULT_REGION
                : settings.region().strip();
        this.sdkAppId =
                required(settings.sdkAppId(), "aidloop.sms.tencent.sdk-app-id (AIDLOOP_SMS_TENCENT_SDK_APP_ID)");
        this.signature = new TencentSignature(
                required(settings.secretId(), "aidloop.sms.tencent.secret-id (AIDLOOP_SMS_TENCENT_SECRET_ID)"),
                required(settings.secretKey(), "aidloop.sms.tencent.secret-key (AIDLOOP_SMS_TENCENT_SECRET_KEY)"),
                SERVICE);
        this.signName = required(signName, "aidloop.sms.signature (AIDLOOP_SMS_SIGNATURE)");
        this.templates = TemplateCodes.of(
                settings.templates(), "aidloop.sms.tencent.templates", "AIDLOOP_SMS_TENCENT_TEMPLATE_");
        this.http = new BoundedHttp(settings.connectTimeout(), settings.requestTimeout());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tencent";
    }

    /** Where this gateway sends, for the start-up log. */
    public URI endpoint() {
        return endpoint;
    }

    /** The region the requests name. */
    public String region() {
        return region;
    }

    @Override
    public Duration longestSend() {
        return http.longest();
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        String templateId = templates.codeOf(sms.template());
        if (templateId == null) {
            return ProviderReason.TEMPLATE_NOT_APPROVED.answer(sms.template());
        }
        if (sms.params().isEmpty()) {
            return ProviderReason.NO_TEMPLATE_VALUES.answer(sms.template());
        }
        BoundedHttp.Outcome outcome = http.exchange(request(body(sms, templateId)));
        return outcome.answered()
                ? TencentAnswers.of(outcome.status(), outcome.body())
                : new GatewayAnswer.Unavailable(outcome.failure());
    }

    private String body(OutgoingSms sms, String templateId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of("+86" + sms.phone().value()));
        body.put("SmsSdkAppId", sdkAppId);
        body.put("SignName", signName);
        body.put("TemplateId", templateId);
        body.put("TemplateParamSet", List.copyOf(sms.params().values()));
        body.put("SessionContext", sms.clientMessageId());
        return json.writeValueAsString(body);
    }

    private HttpRequest request(String body) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("content-type", CONTENT_TYPE);
        signed.put("host", host);
        signed.put("x-tc-action", ACTION);
        String authorization = signature.authorization("POST", "/", "", signed, body, timestamp);
        return http.request(endpoint.resolve("/"))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", region)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("aidloop.sms.gateway=tencent needs " + setting);
        }
        return value.strip();
    }

    @Override
    public void close() {
        http.close();
    }
}
