package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class GcmCipherTests {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encryptsWithSm4GcmAsInRfc8998() throws GeneralSecurityException {
        // RFC 8998, appendix A.1 (SM4-GCM)
        GcmCipher sm4 = GcmCipher.sm4WithKey(HEX.parseHex("0123456789abcdeffedcba9876543210"));
        byte[] nonce = HEX.parseHex("00001234567800000000abcd");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plaintext = HEX.parseHex("aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                + "eeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");

        byte[] sealed = sm4.encrypt(nonce, plaintext, aad);

        assertThat(HEX.formatHex(sealed))
                .isEqualTo("17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
                        + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
                        + "83de3541e4c2b58177e065a9bf7b62ec");
        assertThat(sm4.decrypt(nonce, sealed, aad)).isEqualTo(plaintext);
    }

    @Test
    void encryptsWithAes256GcmAsInTheGcmSpecification() throws GeneralSecurityException {
        // McGrew and Viega, "The Galois/Counter Mode of Operation", test case 14
        GcmCipher aes = GcmCipher.aes(new byte[32]);

        byte[] sealed = aes.encrypt(new byte[12], new byte[16], new byte[0]);

        assertThat(HEX.formatHex(sealed)).isEqualTo("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    }

    @Test
    void derivesTheSm4KeySoThatItDiffersFromTheAesKeyBytes() throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        byte[] plaintext = "430626201003152382".getBytes(StandardCharsets.US_ASCII);

        byte[] derived = GcmCipher.sm4(TestKeys.DATA).encrypt(nonce, plaintext, new byte[0]);
        byte[] cut =
                GcmCipher.sm4WithKey(java.util.Arrays.copyOf(TestKeys.DATA, 16)).encrypt(nonce, plaintext, new byte[0]);

        assertThat(derived).isNotEqualTo(cut);
    }

    @Test
    void refusesChangedAssociatedData() throws GeneralSecurityException {
        GcmCipher sm4 = GcmCipher.sm4(TestKeys.DATA);
        byte[] sealed = sm4.encrypt(new byte[12], "x".getBytes(StandardCharsets.UTF_8), "s1:aaaaaaaa:".getBytes());

        assertThatExceptionOfType(AEADBadTagException.class)
                .isThrownBy(() -> sm4.decrypt(new byte[12], sealed, "s1:bbbbbbbb:".getBytes()));
    }
}
