package com.aidloop.privacy.internal;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption in Galois/Counter Mode with one key: AES-256 from the JDK or SM4
 * (GB/T 32907, 128-bit key) from BouncyCastle. 96-bit nonces, 128-bit tags, as RFC 8998 uses.
 */
final class GcmCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String SM4_KEY_LABEL = "aidloop sm4 field key v1";

    private final String transformation;
    private final SecretKeySpec key;
    private final Provider provider;
    /** One Cipher object per thread, re-initialised with each nonce: finding a provider costs more than sealing a value. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(this::newCipher);

    private GcmCipher(String transformation, SecretKeySpec key, Provider provider) {
        this.transformation = transformation;
        this.key = key;
        this.provider = provider;
    }

    private Cipher newCipher() {
        try {
            return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " is not available", e);
        }
    }

    static GcmCipher aes(byte[] dataKey) {
        return new GcmCipher("AES/GCM/NoPadding", new SecretKeySpec(dataKey, "AES"), null);
    }

    /**
     * SM4 takes a 128-bit key. It is derived from the 256-bit data key with HMAC-SM3 rather than
     * cut from it, so that the AES and SM4 profiles never use the same key bytes.
     */
    static GcmCipher sm4(byte[] dataKey) {
        return sm4WithKey(Arrays.copyOf(Hmac.sm3(dataKey).mac(SM4_KEY_LABEL), 16));
    }

    static GcmCipher sm4WithKey(byte[] sm4Key) {
        return new GcmCipher("SM4/GCM/NoPadding", new SecretKeySpec(sm4Key, "SM4"), BouncyCastle.provider());
    }

    /** Ciphertext followed by the tag. */
    byte[] encrypt(byte[] nonce, byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        return run(Cipher.ENCRYPT_MODE, nonce, plaintext, associatedData);
    }

    /** Fails with an {@code AEADBadTagException} when ciphertext, tag, nonce or associated data changed. */
    byte[] decrypt(byte[] nonce, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
        return run(Cipher.DECRYPT_MODE, nonce, sealed, associatedData);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = ciphers.get();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(input);
    }
}
