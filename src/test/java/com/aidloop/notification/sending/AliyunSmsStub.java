package com.aidloop.notification.sending;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, SendSms) as its V3 signature document describes it:
 * the Authorization header {@code ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>},
 * the canonical request built from the method, the path, the sorted query (names and values
 * percent-encoded as RFC 3986), the signed headers
 * (lowercase names, trimmed values) and the x-acs-content-sha256 of the body, which must be the
 * body's SHA-256; host and every x-acs-* header must be signed, the date be within 15 minutes,
 * and a nonce never used twice. Answers as SendSms does: {@code {"Code": "OK", "BizId": …}} or an
 * error code with HTTP 200, and signature errors with HTTP 400.
 */
final class AliyunSmsStub extends CloudSmsStub {

    static final String ACCESS_KEY_ID = "LTAI5tTestKeyId";
    static final String ACCESS_KEY_SECRET = "test-secret-aliyun-0123456789";
    static final String BIZ_ID = "900619746936498440^0";

    private final Set<String> nonces = ConcurrentHashMap.newKeySet();

    AliyunSmsStub() throws IOException {
        super();
    }

    /** The form fields of the correctly signed requests, in order. */
    List<Map<String, String>> forms() {
        return bodies().stream().map(AliyunSmsStub::form).toList();
    }

    @Override
    String signatureProblem(Received request) {
        String authorization = request.headers().get("Authorization");
        String prefix = "ACS3-HMAC-SHA256 ";
        if (authorization == null || !authorization.startsWith(prefix)) {
            return "no ACS3-HMAC-SHA256 Authorization";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : authorization.substring(prefix.length()).split(",")) {
            String[] kv = part.strip().split("=", 2);
            parts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        if (!ACCESS_KEY_ID.equals(parts.get("Credential"))) {
            return "unknown AccessKeyId";
        }
        List<String> signed = List.of(parts.getOrDefault("SignedHeaders", "").split(";"));
        String headerProblem = headerProblem(request, signed);
        if (headerProblem != null) {
            return headerProblem;
        }
        String expected = HexFormat.of()
                .formatHex(hmac(
                        ACCESS_KEY_SECRET.getBytes(StandardCharsets.UTF_8),
                        "ACS3-HMAC-SHA256\n" + sha256Hex(canonicalRequest(request, signed))));
        return expected.equals(parts.get("Signature")) ? null : "signature does not match";
    }

    /** What the signed headers must hold: every required one signed, the body's hash, a fresh date and nonce, the action. */
    private String headerProblem(Received request, List<String> signed) {
        for (String needed : List.of(
                "host",
                "x-acs-action",
                "x-acs-version",
                "x-acs-date",
                "x-acs-signature-nonce",
                "x-acs-content-sha256")) {
            if (!signed.contains(needed)) {
                return needed + " is not signed";
            }
        }
        if (!sha256Hex(request.body()).equals(request.headers().get("x-acs-content-sha256"))) {
            return "x-acs-content-sha256 is not the body's hash";
        }
        Instant date = Instant.parse(request.headers().get("x-acs-date"));
        if (Duration.between(date, Instant.now()).abs().compareTo(Duration.ofMinutes(15)) > 0) {
            return "x-acs-date too far from now";
        }
        if (!nonces.add(request.headers().get("x-acs-signature-nonce"))) {
            return "nonce used before";
        }
        if (!"SendSms".equals(request.headers().get("x-acs-action"))
                || !"2017-05-25".equals(request.headers().get("x-acs-version"))) {
            return "not SendSms 2017-05-25";
        }
        return null;
    }

    private static String canonicalRequest(Received request, List<String> signed) {
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signed.stream().sorted().toList()) {
            String value = request.headers().get(name);
            canonicalHeaders
                    .append(name.toLowerCase(Locale.ROOT))
                    .append(':')
                    .append(value == null ? "" : value.strip())
                    .append('\n');
        }
        return request.method() + "\n" + request.path() + "\n" + canonicalQuery(request.query()) + "\n"
                + canonicalHeaders + "\n" + String.join(";", signed) + "\n"
                + request.headers().get("x-acs-content-sha256");
    }

    @Override
    Answer signatureError() {
        return new Answer(400, """
                {"RequestId":"4C8D2B8E-0000-0000-0000-000000000000","Code":"SignatureDoesNotMatch",\
                "Message":"Specified signature is not matched with our calculation.","Recommend":"https://api.aliyun.com/troubleshoot"}""");
    }

    @Override
    Answer answer(Mode mode, Received request) {
        return switch (mode) {
            case ACCEPT -> reply("OK", "OK", BIZ_ID);
            case THROTTLE -> reply("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1", null);
            case INVALID_NUMBER -> reply("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号", null);
            case TEMPLATE_NOT_APPROVED -> reply("isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板", null);
        };
    }

    private static Answer reply(String code, String message, String bizId) {
        return new Answer(
                200,
                "{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\","
                        + (bizId == null ? "" : "\"BizId\":\"" + bizId + "\",")
                        + "\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}");
    }

    /** The query's parameters, decoded, percent-encoded as RFC 3986 (space %20, * %2A, ~ kept), sorted by name. */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        form(rawQuery).forEach((name, value) -> sorted.put(rfc3986(name), rfc3986(value)));
        StringBuilder query = new StringBuilder();
        sorted.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(value));
        return query.toString();
    }

    private static String rfc3986(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }
}
