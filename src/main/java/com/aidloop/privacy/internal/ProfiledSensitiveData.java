package com.aidloop.privacy.internal;

import com.aidloop.privacy.MessageSigner;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals, indexes and signs under the configured {@link CryptoProfile}. Sealing always uses the
 * profile's cipher and the current data key; opening reads tokens of either algorithm and of any
 * configured data key, so switching profile or rotating the key never strands stored rows.
 * Blind indexes and signatures follow the profile (HMAC-SHA256 or HMAC-SM3).
 */
@Component
class ProfiledSensitiveData implements SensitiveData, MessageSigner {

    private static final Logger log = LoggerFactory.getLogger(ProfiledSensitiveData.class);

    private final CryptoProfile profile;
    private final DataKeys dataKeys;
    private final byte[] indexKey;
    private final byte[] signingKey;
    /** A nonce source per thread: the shared default reads the system's source under one lock per call. */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(ProfiledSensitiveData::nonceSource);

    private final Hmac indexHmac;
    private final Hmac signingHmac;

    ProfiledSensitiveData(KeyMaterial keys, CryptoProfile profile) {
        this.profile = profile;
        this.dataKeys = new DataKeys(keys.dataKey(), keys.previousDataKeys());
        this.indexKey = keys.indexKey();
        this.signingKey = keys.signingKey();
        this.indexHmac = profile.hmac(indexKey);
        this.signingHmac = profile.hmac(signingKey);
        log.info(
                "Sensitive data: profile {}, data key {}, previous data keys {}",
                profile,
                dataKeys.currentId(),
                dataKeys.previousIds());
    }

    private static SecureRandom nonceSource() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    @Override
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = dataKeys.currentId();
        byte[] nonce = new byte[GcmCipher.NONCE_BYTES];
        random.get().nextBytes(nonce);
        byte[] header = SealedToken.header(profile, keyId).getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] ciphertext =
                    dataKeys.cipher(profile, keyId).encrypt(nonce, plaintext.getBytes(StandardCharsets.UTF_8), header);
            return new SealedToken(profile, keyId, nonce, ciphertext).text();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field encryption failed", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        SealedToken token = SealedToken.parse(sealed);
        if (token.fromFirstRelease()) {
            for (GcmCipher cipher : dataKeys.ciphers(token.algorithm())) {
                try {
                    return decrypt(cipher, token);
                } catch (GeneralSecurityException wrongKey) {
                    // try the next key; the tag tells which one sealed it
                }
            }
            throw new IllegalStateException("a sealed value failed its integrity check under every data key");
        }
        GcmCipher cipher = dataKeys.cipher(token.algorithm(), token.keyId());
        if (cipher == null) {
            throw new IllegalStateException("a sealed value names data key " + token.keyId()
                    + ", which is neither AIDLOOP_DATA_KEY nor listed in AIDLOOP_DATA_KEY_PREVIOUS");
        }
        try {
            return decrypt(cipher, token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value failed its integrity check", e);
        }
    }

    private static String decrypt(GcmCipher cipher, SealedToken token) throws GeneralSecurityException {
        byte[] plaintext = cipher.decrypt(token.nonce(), token.ciphertext(), token.associatedData());
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    @Override
    public String blindIndex(SensitiveKind kind, String normalizedValue) {
        if (normalizedValue == null) {
            return null;
        }
        return indexHmac.hex(kind.name() + ':' + normalizedValue);
    }

    @Override
    public String sign(String message) {
        return signingHmac.hex(message);
    }

    /** Accepts signatures made under either profile, so an audit chain survives a profile switch. */
    @Override
    public boolean verify(String message, String signature) {
        if (message == null || signature == null) {
            return false;
        }
        boolean valid = false;
        for (CryptoProfile any : CryptoProfile.values()) {
            valid |= MessageDigest.isEqual(
                    any.hmac(signingKey).hex(message).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        }
        return valid;
    }
}
