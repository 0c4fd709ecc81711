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
    /** One keyed Mac per thread: looking one up and keying it costs more than the digest itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Hmac(String algorithm, byte[] key, Provider provider) {
        this.algorithm = algorithm;
        this.key = new SecretKeySpec(key, algorithm);
        this.provider = provider;
    }

    private Mac newMac() {
        try {
            Mac mac = provider == null ? Mac.getInstance(algorithm) : Mac.getInstance(algorithm, provider);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " failed", e);
        }
    }

    static Hmac sha256(byte[] key) {
        return new Hmac("HmacSHA256", key, null);
    }

    static Hmac sm3(byte[] key) {
        return new Hmac("HMACSM3", key, BouncyCastle.provider());
    }

    /** doFinal leaves the Mac reset and keyed, ready for the next message on this thread. */
    byte[] mac(String message) {
        return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    String hex(String message) {
        return HexFormat.of().formatHex(mac(message));
    }
}
