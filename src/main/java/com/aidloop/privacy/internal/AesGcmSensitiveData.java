package com.aidloop.privacy.internal;

import com.aidloop.privacy.MessageSigner;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM field encryption with HMAC-SHA256 blind indexes and signatures. A sealed value is
 * {@code a1:<base64(nonce|ciphertext|tag)>}, the prefix naming the algorithm and key version.
 */
@Component
class AesGcmSensitiveData implements SensitiveData, MessageSigner {

    private static final String PREFIX = "a1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec dataKey;
    private final byte[] indexKey;
    private final byte[] signingKey;
    private final SecureRandom random = new SecureRandom();

    AesGcmSensitiveData(KeyMaterial keys) {
        this.dataKey = new SecretKeySpec(keys.dataKey(), "AES");
        this.indexKey = keys.indexKey();
        this.signingKey = keys.signingKey();
    }

    @Override
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field encryption failed", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown sealed-value format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed value failed its integrity check", e);
        }
    }

    @Override
    public String blindIndex(SensitiveKind kind, String normalizedValue) {
        if (normalizedValue == null) {
            return null;
        }
        return hmac(indexKey, kind.name() + ':' + normalizedValue);
    }

    @Override
    public String sign(String message) {
        return hmac(signingKey, message);
    }

    private static String hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
