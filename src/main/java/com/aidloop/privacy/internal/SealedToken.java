package com.aidloop.privacy.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A sealed value as stored: {@code <algorithm>1:<key id>:<base64(nonce | ciphertext | tag)>},
 * e.g. {@code s1:3f9c2b1d:q83v...}. The letter names the algorithm ({@code a} AES-256-GCM,
 * {@code s} SM4-GCM), the digit the layout, the key id which data key sealed it. The text before
 * the base64 is bound to the ciphertext as associated data, so it cannot be swapped.
 * Tokens {@code a1:<base64>} without a key id came from the first release; they are still read.
 */
record SealedToken(CryptoProfile algorithm, String keyId, byte[] nonce, byte[] ciphertext) {

    private static final int KEY_ID_CHARS = 8;

    static String header(CryptoProfile algorithm, String keyId) {
        return algorithm.tokenTag() + "1:" + keyId + ":";
    }

    /**
     * Reads a token by hand rather than by regular expression: the registry opens hundreds of
     * thousands of values in an import, and matching the base64 body with a character class took
     * more time than decrypting it. Base64's own decoder refuses any character outside the alphabet.
     */
    static SealedToken parse(String token) {
        CryptoProfile algorithm = token.length() > 3 && token.charAt(1) == '1' && token.charAt(2) == ':'
                ? CryptoProfile.ofTokenTag(token.charAt(0))
                : null;
        if (algorithm == null) {
            throw new IllegalStateException("unknown sealed-value format");
        }
        String keyId = null;
        int body = 3;
        if (token.length() > 3 + KEY_ID_CHARS && token.charAt(3 + KEY_ID_CHARS) == ':') {
            keyId = token.substring(3, 3 + KEY_ID_CHARS);
            if (!keyId.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalStateException("unknown sealed-value format");
            }
            body = 4 + KEY_ID_CHARS;
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(token.substring(body));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown sealed-value format", e);
        }
        if (all.length <= GcmCipher.NONCE_BYTES) {
            throw new IllegalStateException("a sealed value is too short");
        }
        return new SealedToken(
                algorithm,
                keyId,
                Arrays.copyOf(all, GcmCipher.NONCE_BYTES),
                Arrays.copyOfRange(all, GcmCipher.NONCE_BYTES, all.length));
    }

    /** Whether the token predates key ids, so that any known key of its algorithm may open it. */
    boolean fromFirstRelease() {
        return keyId == null;
    }

    byte[] associatedData() {
        return fromFirstRelease() ? new byte[0] : header(algorithm, keyId).getBytes(StandardCharsets.US_ASCII);
    }

    String text() {
        byte[] all = ByteBuffer.allocate(nonce.length + ciphertext.length)
                .put(nonce)
                .put(ciphertext)
                .array();
        return header(algorithm, keyId) + Base64.getEncoder().encodeToString(all);
    }
}
