package com.aidloop.notification.sending;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Alibaba Cloud's V3 request signature, ACS3-HMAC-SHA256 (阿里云 "V3版本请求体&签名机制"):
 *
 * <pre>
 * CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedRequestPayload
 *   CanonicalHeaders: "name:value\n" for host, content-type and every x-acs-* header, names lowercase, sorted, values trimmed
 *   SignedHeaders: those names joined by ";"
 *   HashedRequestPayload: lowercase hex SHA-256 of the body (also sent as x-acs-content-sha256)
 * StringToSign = "ACS3-HMAC-SHA256" \n hex(SHA-256(CanonicalRequest))
 * Signature = hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 * Authorization: ACS3-HMAC-SHA256 Credential=AccessKeyId,SignedHeaders=…,Signature=…
 * </pre>
 */
final class AliyunSignature {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private final String accessKeyId;
    private final byte[] accessKeySecret;

    AliyunSignature(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = Signing.utf8(accessKeySecret);
    }

    /**
     * The Authorization header for a request.
     *
     * @param headers every header to sign (host, content-type, x-acs-*), any case
     * @param hashedPayload the x-acs-content-sha256 of the body
     */
    String authorization(
            String method,
            String canonicalUri,
            String canonicalQuery,
            Map<String, String> headers,
            String hashedPayload) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.strip()));
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) ->
                canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + hashedPayload;
        String stringToSign = ALGORITHM + "\n" + Signing.sha256Hex(canonicalRequest);
        String signature = Signing.hex(Signing.hmacSha256(accessKeySecret, stringToSign));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
    }
}
