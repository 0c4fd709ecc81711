package com.aidloop.notification.sending;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alibaba Cloud SMS (阿里云短信服务): {@code SendSms} of API Dysmsapi 2017-05-25, one number per
 * call, the registered template code and its values by name ({@code TemplateParam}), the
 * signature as {@code SignName} and the message's key as {@code OutId}. Signed with the V3
 * signature ({@link AliyunSignature}); parameters travel in a form body, so no phone number ends up
 * in a URL. The answer's {@code Code} decides ({@link AliyunAnswers}): OK is sent with its
 * {@code BizId}; throttling and the provider's trouble are tried again; a bad number or an
 * unapproved template fails the message.
 */
public class AliyunSmsGateway implements SmsGateway, AutoCloseable {

    static final String DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com";
    static final String ACTION = "SendSms";
    static final String VERSION = "2017-05-25";

    private final URI endpoint;
    private final String host;
    private final AliyunSignature signature;
    private final String signName;
    private final TemplateCodes templates;
    private final BoundedHttp http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public AliyunSmsGateway(SmsProperties.Aliyun settings, String signName) {
        this(settings, signName, Clock.systemUTC());
    }

    AliyunSmsGateway(SmsProperties.Aliyun settings, String signName, Clock clock) {
        String configured =
                settings.endpoint() == null || settings.endpoint().isBlank() ? DEFAULT_ENDPOINT : settings.endpoint();
        this.endpoint = BoundedHttp.endpoint(configured, "aidloop.sms.aliyun.endpoint");
        this.host = BoundedHttp.host(endpoint);
        this.signature = new AliyunSignature(
                required(settings.accessKeyId(), "aidloop.sms.aliyun.access-key-id (AIDLOOP_SMS_ALIYUN_ACCESS_KEY_ID)"),
                required(
                        settings.accessKeySecret(),
                        "aidloop.sms.aliyun.access-key-secret (AIDLOOP_SMS_ALIYUN_ACCESS_KEY_SECRET)"));
        this.signName = required(signName, "aidloop.sms.signature (AIDLOOP_SMS_SIGNATURE)");
        this.templates =
                TemplateCodes.of(settings.templates(), "aidloop.sms.aliyun.templates", "AIDLOOP_SMS_ALIYUN_TEMPLATE_");
        this.http = new BoundedHttp(settings.connectTimeout(), settings.requestTimeout());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "aliyun";
    }

    /** Where this gateway sends, for the start-up log. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Duration longestSend() {
        return http.longest();
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        String templateCode = templates.codeOf(sms.template());
        if (templateCode == null) {
            return ProviderReason.TEMPLATE_NOT_APPROVED.answer(sms.template());
        }
        if (sms.params().isEmpty()) {
            return ProviderReason.NO_TEMPLATE_VALUES.answer(sms.template());
        }
        BoundedHttp.Outcome outcome = http.exchange(request(form(sms, templateCode)));
        return outcome.answered()
                ? AliyunAnswers.of(outcome.status(), outcome.body())
                : new GatewayAnswer.Unavailable(outcome.failure());
    }

    private String form(OutgoingSms sms, String templateCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("PhoneNumbers", sms.phone().value());
        params.put("SignName", signName);
        params.put("TemplateCode", templateCode);
        params.put("TemplateParam", json.writeValueAsString(sms.params()));
        params.put("OutId", sms.clientMessageId());
        StringJoiner form = new StringJoiner("&");
        params.forEach((name, value) -> form.add(Signing.percentEncode(name) + "=" + Signing.percentEncode(value)));
        return form.toString();
    }

    private HttpRequest request(String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("content-type", "application/x-www-form-urlencoded");
        headers.put("x-acs-action", ACTION);
        headers.put("x-acs-version", VERSION);
        headers.put(
                "x-acs-date", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
        headers.put("x-acs-content-sha256", Signing.sha256Hex(body));
        String authorization = signature.authorization("POST", "/", "", headers, headers.get("x-acs-content-sha256"));
        HttpRequest.Builder request = http.request(endpoint.resolve("/"))
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((name, value) -> {
            if (!"host".equals(name)) {
                request.header(name, value);
            }
        });
        return request.build();
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("aidloop.sms.gateway=aliyun needs " + setting);
        }
        return value.strip();
    }

    @Override
    public void close() {
        http.close();
    }
}
