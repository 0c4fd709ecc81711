package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacTests {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void computesHmacSha256AsInRfc4231() {
        // RFC 4231, test case 1
        byte[] key = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

        assertThat(Hmac.sha256(key).hex("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void usesTheRealSm3Digest() throws GeneralSecurityException {
        // GB/T 32905-2016, example 1
        MessageDigest sm3 = MessageDigest.getInstance("SM3", BouncyCastle.provider());

        assertThat(HEX.formatHex(sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void computesHmacSm3AsTheHmacConstructionOverSm3() {
        assertThat(Hmac.sm3(TestKeys.INDEX).hex("ID_NUMBER:430626201003152382"))
                .isEqualTo(hmacSm3ByHand(TestKeys.INDEX, "ID_NUMBER:430626201003152382"));
    }

    @Test
    void givesDifferentDigestsUnderSha256AndSm3() {
        assertThat(Hmac.sm3(TestKeys.INDEX).hex("x"))
                .isNotEqualTo(Hmac.sha256(TestKeys.INDEX).hex("x"));
    }

    @Test
    void registersBouncyCastleOnlyOnce() {
        assertThat(BouncyCastle.provider()).isSameAs(BouncyCastle.provider());
        assertThat(java.security.Security.getProvider("BC")).isSameAs(BouncyCastle.provider());
    }

    static String hmacSha256(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** RFC 2104 HMAC written out over the SM3 digest (64-byte block), as a cross-check. */
    static String hmacSm3ByHand(byte[] key, String message) {
        try {
            MessageDigest sm3 = MessageDigest.getInstance("SM3", BouncyCastle.provider());
            byte[] block = new byte[64];
            System.arraycopy(key, 0, block, 0, key.length);
            byte[] inner = new byte[64];
            byte[] outer = new byte[64];
            for (int i = 0; i < 64; i++) {
                inner[i] = (byte) (block[i] ^ 0x36);
                outer[i] = (byte) (block[i] ^ 0x5c);
            }
            sm3.update(inner);
            byte[] innerHash = sm3.digest(message.getBytes(StandardCharsets.UTF_8));
            sm3.update(outer);
            return HEX.formatHex(sm3.digest(innerHash));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
