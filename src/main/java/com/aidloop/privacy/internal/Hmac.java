package com.aidloop.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A keyed digest, HMAC-SHA256 or HMAC-SM3, for blind indexes, signatures and key derivation. */
final class Hmac {

    private final String algorithm;
    private final SecretKeySpec key;
    private final Provider provider;

    private Hmac(String algorithm, byte[] key, Provider provider) {
        this.algorithm = algorithm;
        this.key = new SecretKeySpec(key, algorithm);
        this.provider = provider;
    }

    static Hmac sha256(byte[] key) {
        return new Hmac("HmacSHA256", key, null);
    }

    static Hmac sm3(byte[] key) {
        return new Hmac("HMACSM3", key, BouncyCastle.provider());
    }

    byte[] mac(String message) {
        try {
            Mac mac = provider == null ? Mac.getInstance(algorithm) : Mac.getInstance(algorithm, provider);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " failed", e);
        }
    }

    String hex(String message) {
        return HexFormat.of().formatHex(mac(message));
    }
}
