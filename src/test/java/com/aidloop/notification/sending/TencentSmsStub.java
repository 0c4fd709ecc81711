package com.aidloop.notification.sending;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tencent Cloud SMS (SendSms 2021-01-11) as its "签名方法 v3" document describes it: the
 * Authorization header {@code TC3-HMAC-SHA256 Credential=<SecretId>/<date>/sms/tc3_request,
 * SignedHeaders=<names>, Signature=<hex>}; the canonical request from the method, the path, the
 * query, the signed headers (names and values lowercase, trimmed, sorted) and the body's SHA-256;
 * the string to sign with X-TC-Timestamp (at most 5 minutes off) and the credential scope, whose
 * date is the timestamp's UTC day; the key derived HMAC("TC3" + SecretKey, date) → service →
 * "tc3_request". Answers as SendSms does, always HTTP 200: one SendStatusSet entry with Code "Ok"
 * and a SerialNo, or an error code; a bad signature as Response.Error AuthFailure.SignatureFailure.
 */
final class TencentSmsStub extends CloudSmsStub {

    static final String SECRET_ID = "AKIDTestSecretId0123456789";
    static final String SECRET_KEY = "test-secret-tencent-0123456789";
    static final String SERIAL_NO = "5000:1045710669157053657849499619";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final JsonMapper json = JsonMapper.builder().build();

    TencentSmsStub() throws IOException {
        super();
    }

    /** The JSON bodies of the correctly signed requests. */
    List<JsonNode> requests() {
        return bodies().stream().map(json::readTree).toList();
    }

    @Override
    String signatureProblem(Received request) {
        String authorization = request.headers().get("Authorization");
        String prefix = "TC3-HMAC-SHA256 ";
        if (authorization == null || !authorization.startsWith(prefix)) {
            return "no TC3-HMAC-SHA256 Authorization";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : authorization.substring(prefix.length()).split(", ")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        long timestamp = Long.parseLong(request.headers().get("X-TC-Timestamp"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return "X-TC-Timestamp expired";
        }
        String date = DAY.format(Instant.ofEpochSecond(timestamp));
        String scope = date + "/sms/tc3_request";
        if (!(SECRET_ID + "/" + scope).equals(parts.get("Credential"))) {
            return "unknown SecretId or wrong credential scope";
        }
        if (!"SendSms".equals(request.headers().get("X-TC-Action"))
                || !"2021-01-11".equals(request.headers().get("X-TC-Version"))
                || request.headers().get("X-TC-Region") == null) {
            return "not SendSms 2021-01-11 with a region";
        }
        List<String> signed = List.of(parts.getOrDefault("SignedHeaders", "").split(";"));
        if (!signed.contains("content-type") || !signed.contains("host")) {
            return "content-type and host must be signed";
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signed.stream().sorted().toList()) {
            String value = request.headers().get(name);
            canonicalHeaders
                    .append(name.toLowerCase(Locale.ROOT))
                    .append(':')
                    .append(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        String canonicalRequest =
                request.method() + "\n" + request.path() + "\n" + (request.query() == null ? "" : request.query())
                        + "\n" + canonicalHeaders + "\n" + String.join(";", signed) + "\n" + sha256Hex(request.body());
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
        byte[] secretDate = hmac(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, "sms");
        byte[] secretSigning = hmac(secretService, "tc3_request");
        String expected = HexFormat.of().formatHex(hmac(secretSigning, stringToSign));
        return expected.equals(parts.get("Signature")) ? null : "signature does not match";
    }

    @Override
    Answer signatureError() {
        return new Answer(200, """
                {"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",\
                "Message":"The provided credentials could not be validated. Please check your signature is correct."},\
                "RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}""");
    }

    @Override
    Answer answer(Mode mode, Received request) {
        JsonNode body = json.readTree(request.body());
        String phone = body.path("PhoneNumberSet").path(0).asString();
        String context = body.path("SessionContext").asString();
        return switch (mode) {
            case ACCEPT -> status(phone, context, "Ok", "send success", SERIAL_NO);
            case THROTTLE ->
                status(phone, context, "LimitExceeded.PhoneNumberOneHourLimit", "单个手机号1小时内下发短信条数超过设定的上限", "");
            case INVALID_NUMBER -> status(phone, context, "InvalidParameterValue.IncorrectPhoneNumber", "手机号格式错误", "");
            case TEMPLATE_NOT_APPROVED -> new Answer(200, """
                    {"Response":{"Error":{"Code":"FailedOperation.TemplateIncorrectOrUnapproved",\
                    "Message":"模板未审批或请求的内容与审核通过的模板内容不匹配"},"RequestId":"a0aabda6-cf91-4f3e-a2d0-000000000000"}}""");
        };
    }

    private static Answer status(String phone, String context, String code, String message, String serialNo) {
        return new Answer(
                200,
                "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"" + serialNo + "\",\"PhoneNumber\":\"" + phone
                        + "\",\"Fee\":" + ("Ok".equals(code) ? 1 : 0) + ",\"SessionContext\":\"" + context
                        + "\",\"Code\":\"" + code
                        + "\",\"Message\":\"" + message
                        + "\",\"IsoCode\":\"CN\"}],\"RequestId\":\"a0aabda6-cf91-4f3e-a2d0-a0aabda6cf91\"}}");
    }
}
