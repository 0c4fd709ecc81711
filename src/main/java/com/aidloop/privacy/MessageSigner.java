package com.aidloop.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Keyed signatures (HMAC) over text, for records that must show tampering, such as the audit
 * chain. The key is separate from the field-encryption and blind-index keys.
 */
public interface MessageSigner {

    /** A hex HMAC of the message, with the active crypto profile's digest (SHA-256 or SM3). */
    String sign(String message);

    /**
     * Whether the signature was made by {@link #sign} over this message, compared in constant
     * time. Verify with this rather than comparing to a fresh {@code sign}: it also accepts
     * signatures made before the crypto profile was switched.
     */
    default boolean verify(String message, String signature) {
        return message != null
                && signature != null
                && MessageDigest.isEqual(
                        sign(message).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
