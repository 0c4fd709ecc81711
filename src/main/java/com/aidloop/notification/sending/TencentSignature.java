package com.aidloop.notification.sending;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tencent Cloud's API 3.0 signature v3, TC3-HMAC-SHA256 (腾讯云 "签名方法 v3"):
 *
 * <pre>
 * CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedRequestPayload
 *   CanonicalHeaders: "name:value\n" for each signed header, name and value lowercase and trimmed, sorted by name
 *   HashedRequestPayload: lowercase hex SHA-256 of the body
 * CredentialScope = Date/service/tc3_request          (Date: the UTC day of X-TC-Timestamp, yyyy-MM-dd)
 * StringToSign = "TC3-HMAC-SHA256" \n Timestamp \n CredentialScope \n hex(SHA-256(CanonicalRequest))
 * SecretSigning = HMAC(HMAC(HMAC("TC3" + SecretKey, Date), service), "tc3_request")
 * Signature = hex(HMAC-SHA256(SecretSigning, StringToSign))
 * Authorization: TC3-HMAC-SHA256 Credential=SecretId/CredentialScope, SignedHeaders=…, Signature=…
 * </pre>
 */
final class TencentSignature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final String secretId;
    private final String secretKey;
    private final String service;

    TencentSignature(String secretId, String secretKey, String service) {
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.service = service;
    }

    /**
     * The Authorization header for a request.
     *
     * @param headers the headers to sign (content-type, host, …), any case
     * @param timestamp the X-TC-Timestamp, in seconds
     */
    String authorization(
            String method,
            String canonicalUri,
            String canonicalQuery,
            Map<String, String> headers,
            String body,
            long timestamp) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) ->
                signed.put(name.toLowerCase(Locale.ROOT), value.strip().toLowerCase(Locale.ROOT)));
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) ->
                canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + Signing.sha256Hex(body);
        String date = DAY.format(Instant.ofEpochSecond(timestamp));
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Signing.sha256Hex(canonicalRequest);
        byte[] secretDate = Signing.hmacSha256(Signing.utf8("TC3" + secretKey), date);
        byte[] secretService = Signing.hmacSha256(secretDate, service);
        byte[] secretSigning = Signing.hmacSha256(secretService, "tc3_request");
        String signature = Signing.hex(Signing.hmacSha256(secretSigning, stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature="
                + signature;
    }
}
