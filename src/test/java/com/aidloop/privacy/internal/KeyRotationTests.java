package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.aidloop.privacy.SensitiveKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyRotationTests {

    private static final String ID = "430626201003152382";

    private final ProfiledSensitiveData beforeRotation = sealingWith(TestKeys.DATA, List.of(), CryptoProfile.AES);

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void opensValuesSealedWithThePreviousDataKey(CryptoProfile profile) {
        String old = sealingWith(TestKeys.DATA, List.of(), profile).seal(ID);
        ProfiledSensitiveData rotated = sealingWith(TestKeys.NEXT_DATA, List.of(TestKeys.DATA), profile);

        assertThat(rotated.open(old)).isEqualTo(ID);
        assertThat(rotated.seal(ID)).contains(":" + DataKeys.idOf(TestKeys.NEXT_DATA) + ":");
    }

    @Test
    void refusesAValueSealedWithAKeyNoLongerConfiguredNamingThatKey() {
        String old = beforeRotation.seal(ID);
        ProfiledSensitiveData forgotten = sealingWith(TestKeys.NEXT_DATA, List.of(), CryptoProfile.AES);

        assertThatIllegalStateException()
                .isThrownBy(() -> forgotten.open(old))
                .withMessageContaining(DataKeys.idOf(TestKeys.DATA))
                .withMessageContaining("AIDLOOP_DATA_KEY_PREVIOUS");
    }

    @Test
    void keepsBlindIndexesAcrossADataKeyRotation() {
        ProfiledSensitiveData rotated = sealingWith(TestKeys.NEXT_DATA, List.of(TestKeys.DATA), CryptoProfile.AES);

        assertThat(rotated.blindIndex(SensitiveKind.ID_NUMBER, ID))
                .isEqualTo(beforeRotation.blindIndex(SensitiveKind.ID_NUMBER, ID));
    }

    @Test
    void readsTokensOfTheFirstReleaseWhichNameNoKey() throws Exception {
        String firstRelease = firstReleaseToken(TestKeys.DATA, ID);

        assertThat(beforeRotation.open(firstRelease)).isEqualTo(ID);
        assertThat(sealingWith(TestKeys.NEXT_DATA, List.of(TestKeys.DATA), CryptoProfile.SM4)
                        .open(firstRelease))
                .isEqualTo(ID);
        assertThatIllegalStateException().isThrownBy(() -> sealingWith(TestKeys.NEXT_DATA, List.of(), CryptoProfile.AES)
                .open(firstRelease));
    }

    @Test
    void knowsEachKeyByAShortStableIdThatDiffersPerKey() {
        assertThat(DataKeys.idOf(TestKeys.DATA)).matches("[0-9a-f]{8}").isEqualTo(DataKeys.idOf(TestKeys.DATA.clone()));
        assertThat(DataKeys.idOf(TestKeys.DATA)).isNotEqualTo(DataKeys.idOf(TestKeys.NEXT_DATA));
    }

    @Test
    void listsThePreviousKeysOnceAndNotTheCurrentOne() {
        DataKeys keys =
                new DataKeys(TestKeys.NEXT_DATA, List.of(TestKeys.DATA, TestKeys.DATA.clone(), TestKeys.NEXT_DATA));

        assertThat(keys.previousIds()).containsExactly(DataKeys.idOf(TestKeys.DATA));
    }

    @Test
    void decodesACommaSeparatedListOfPreviousKeys() {
        KeyMaterial keys = KeyMaterial.decode(
                TestKeys.base64(TestKeys.NEXT_DATA),
                TestKeys.base64(TestKeys.INDEX),
                TestKeys.base64(TestKeys.SIGNING),
                TestKeys.base64(TestKeys.DATA) + ", " + TestKeys.base64(TestKeys.OTHER_INDEX));

        assertThat(keys.previousDataKeys()).hasSize(2);
        assertThat(keys.previousDataKeys().get(0)).isEqualTo(TestKeys.DATA);
        assertThat(keys.toString())
                .doesNotContain(TestKeys.base64(TestKeys.DATA))
                .contains("2 previous");
    }

    @Test
    void refusesAPreviousKeyOfTheWrongSizeNamingTheVariable() {
        assertThatIllegalStateException()
                .isThrownBy(() -> KeyMaterial.decode(
                        TestKeys.base64(TestKeys.DATA),
                        TestKeys.base64(TestKeys.INDEX),
                        TestKeys.base64(TestKeys.SIGNING),
                        "c2hvcnQ="))
                .withMessage("AIDLOOP_DATA_KEY_PREVIOUS must be 32 bytes (base64 of 32 random bytes), got 5");
    }

    private static ProfiledSensitiveData sealingWith(byte[] current, List<byte[]> previous, CryptoProfile profile) {
        return new ProfiledSensitiveData(new KeyMaterial(current, previous, TestKeys.INDEX, TestKeys.SIGNING), profile);
    }

    /** The first release wrote a1:base64(nonce | ciphertext | tag), AES-256-GCM, no associated data. */
    private static String firstReleaseToken(byte[] key, String plaintext) throws Exception {
        byte[] nonce = new byte[12];
        nonce[0] = 7;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return "a1:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }
}
