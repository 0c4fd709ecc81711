package com.aidloop.privacy.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sealed value as stored: {@code <algorithm>1:<key id>:<base64(nonce | ciphertext | tag)>},
 * e.g. {@code s1:3f9c2b1d:q83v...}. The letter names the algorithm ({@code a} AES-256-GCM,
 * {@code s} SM4-GCM), the digit the layout, the key id which data key sealed it. The text before
 * the base64 is bound to the ciphertext as associated data, so it cannot be swapped.
 * Tokens {@code a1:<base64>} without a key id came from the first release; they are still read.
 */
record SealedToken(CryptoProfile algorithm, String keyId, byte[] nonce, byte[] ciphertext) {

    private static final Pattern FORMAT = Pattern.compile("([a-z])1:(?:([0-9a-f]{8}):)?([A-Za-z0-9+/]+={0,2})");

    static String header(CryptoProfile algorithm, String keyId) {
        return algorithm.tokenTag() + "1:" + keyId + ":";
    }

    static SealedToken parse(String token) {
        Matcher m = FORMAT.matcher(token);
        CryptoProfile algorithm =
                m.matches() ? CryptoProfile.ofTokenTag(m.group(1).charAt(0)) : null;
        if (algorithm == null) {
            throw new IllegalStateException("unknown sealed-value format");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unknown sealed-value format", e);
        }
        if (all.length <= GcmCipher.NONCE_BYTES) {
            throw new IllegalStateException("a sealed value is too short");
        }
        return new SealedToken(
                algorithm,
                m.group(2),
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
