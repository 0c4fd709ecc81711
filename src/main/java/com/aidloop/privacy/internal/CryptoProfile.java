package com.aidloop.privacy.internal;

import java.util.Locale;

/**
 * Which algorithms protect sensitive data, chosen by {@code aidloop.crypto.profile} (environment
 * {@code AIDLOOP_CRYPTO_PROFILE}). {@code SM4} is the Chinese commercial cryptography profile
 * (商用密码: SM4 encryption, SM3 digests) that a 密评 assessment asks for.
 */
enum CryptoProfile {
    AES('a', "AES-256-GCM", "HMAC-SHA256"),
    SM4('s', "SM4-GCM", "HMAC-SM3");

    private final char tokenTag;
    private final String cipherName;
    private final String hmacName;

    CryptoProfile(char tokenTag, String cipherName, String hmacName) {
        this.tokenTag = tokenTag;
        this.cipherName = cipherName;
        this.hmacName = hmacName;
    }

    static CryptoProfile named(String name) {
        String wanted = name == null || name.isBlank() ? "AES" : name.strip().toUpperCase(Locale.ROOT);
        for (CryptoProfile profile : values()) {
            if (profile.name().equals(wanted)) {
                return profile;
            }
        }
        throw new IllegalStateException("AIDLOOP_CRYPTO_PROFILE must be AES or SM4, not '" + name + "'");
    }

    /** The profile whose sealed tokens start with this letter, or null. */
    static CryptoProfile ofTokenTag(char tag) {
        for (CryptoProfile profile : values()) {
            if (profile.tokenTag == tag) {
                return profile;
            }
        }
        return null;
    }

    char tokenTag() {
        return tokenTag;
    }

    GcmCipher cipher(byte[] dataKey) {
        return this == AES ? GcmCipher.aes(dataKey) : GcmCipher.sm4(dataKey);
    }

    Hmac hmac(byte[] key) {
        return this == AES ? Hmac.sha256(key) : Hmac.sm3(key);
    }

    @Override
    public String toString() {
        return name() + " (" + cipherName + ", " + hmacName + ")";
    }
}
