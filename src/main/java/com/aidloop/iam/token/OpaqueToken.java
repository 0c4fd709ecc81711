package com.aidloop.iam.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer token in clear (32 random bytes in base64url), shown to its owner once, and its
 * SHA-256 digest, the only form the database keeps: a copy of the database holds no usable token.
 */
public record OpaqueToken(String value, String digest) {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static OpaqueToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OpaqueToken(value, digest(value));
    }

    /** The digest a presented token is looked up by. */
    public static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a presented value can be a token at all (not blank, not absurdly long). */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }
}
