package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.aidloop.privacy.SensitiveKind;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfiledSensitiveDataTests {

    private static final String ID = "430626201003152382";

    private final ProfiledSensitiveData aes = TestKeys.sensitiveData(CryptoProfile.AES);
    private final ProfiledSensitiveData sm4 = TestKeys.sensitiveData(CryptoProfile.SM4);

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void opensWhatItSealed(CryptoProfile profile) {
        ProfiledSensitiveData data = TestKeys.sensitiveData(profile);

        for (String plaintext : new String[] {ID, "先天性心脏病，长期服药", "", "6222600260001072444"}) {
            assertThat(data.open(data.seal(plaintext))).isEqualTo(plaintext);
        }
    }

    @Test
    void sealsWithTheProfilesAlgorithmAndTheCurrentDataKey() {
        String keyId = DataKeys.idOf(TestKeys.DATA);

        assertThat(aes.seal(ID)).startsWith("a1:" + keyId + ":");
        assertThat(sm4.seal(ID)).startsWith("s1:" + keyId + ":");
    }

    @Test
    void opensTokensOfBothAlgorithmsWhicheverProfileIsActive() {
        assertThat(aes.open(sm4.seal(ID))).isEqualTo(ID);
        assertThat(sm4.open(aes.seal(ID))).isEqualTo(ID);
    }

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void neverPutsThePlaintextIntoTheToken(CryptoProfile profile) {
        String token = TestKeys.sensitiveData(profile).seal(ID);

        assertThat(token)
                .doesNotContain(ID)
                .doesNotContain("20100315")
                .doesNotContain(Base64.getEncoder().encodeToString(ID.getBytes()));
    }

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void givesADifferentTokenEachTimeForTheSamePlaintext(CryptoProfile profile) {
        ProfiledSensitiveData data = TestKeys.sensitiveData(profile);
        Set<String> tokens = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            tokens.add(data.seal(ID));
        }

        assertThat(tokens).hasSize(200).allSatisfy(token -> assertThat(data.open(token))
                .isEqualTo(ID));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, 12, 20, -1})
    void refusesATokenWithOneByteChangedInNonceCiphertextOrTag(int position) {
        for (ProfiledSensitiveData data : new ProfiledSensitiveData[] {aes, sm4}) {
            String tampered = flipOneByte(data.seal(ID), position);

            assertThatIllegalStateException()
                    .isThrownBy(() -> data.open(tampered))
                    .withMessageContaining("integrity check");
        }
    }

    @Test
    void refusesATokenWhoseAlgorithmLetterWasSwapped() {
        String token = aes.seal(ID);

        assertThatIllegalStateException()
                .isThrownBy(() -> aes.open("s" + token.substring(1)))
                .withMessageContaining("integrity check");
    }

    @Test
    void bindsTheTokenHeaderToTheCiphertext() throws Exception {
        SealedToken token = SealedToken.parse(aes.seal(ID));
        GcmCipher cipher = GcmCipher.aes(TestKeys.DATA);
        byte[] header = SealedToken.header(CryptoProfile.AES, token.keyId())
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(new String(cipher.decrypt(token.nonce(), token.ciphertext(), header)))
                .isEqualTo(ID);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(javax.crypto.AEADBadTagException.class)
                .isThrownBy(() -> cipher.decrypt(token.nonce(), token.ciphertext(), new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ID,
                "x1:abc",
                "a1:",
                "a1:e80a69bf:",
                "a1:not base64!",
                "a1:QUJD",
                "a2:QUJDREVGR0hJSktMTU5PUA==",
                "a1:E80A69BF:QUJDREVGR0hJSktMTU5PUA==",
                "a1:e80a69bf:QUJDREVG:R0hJSktMTU5PUA==",
                "a1:e80a69bf"
            })
    void refusesWhatIsNotASealedToken(String notAToken) {
        assertThatIllegalStateException().isThrownBy(() -> aes.open(notAToken));
    }

    @Test
    void keepsNullAsNull() {
        assertThat(aes.seal(null)).isNull();
        assertThat(aes.open(null)).isNull();
        assertThat(aes.blindIndex(SensitiveKind.ID_NUMBER, null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void computesTheSameBlindIndexForTheSameValue(CryptoProfile profile) {
        String index = TestKeys.sensitiveData(profile).blindIndex(SensitiveKind.ID_NUMBER, ID);

        assertThat(TestKeys.sensitiveData(profile).blindIndex(SensitiveKind.ID_NUMBER, ID))
                .isEqualTo(index);
        assertThat(index).matches("[0-9a-f]{64}").doesNotContain(ID);
    }

    @Test
    void keepsTheBlindIndexesOfEachKindApart() {
        String digits = "13800138000";

        assertThat(aes.blindIndex(SensitiveKind.PHONE, digits))
                .isNotEqualTo(aes.blindIndex(SensitiveKind.BANK_CARD, digits));
        assertThat(aes.blindIndex(SensitiveKind.ID_NUMBER, digits))
                .isNotEqualTo(aes.blindIndex(SensitiveKind.INCOME, digits));
    }

    @Test
    void computesADifferentBlindIndexUnderAnotherIndexKey() {
        ProfiledSensitiveData otherInstallation = new ProfiledSensitiveData(
                new KeyMaterial(TestKeys.DATA, java.util.List.of(), TestKeys.OTHER_INDEX, TestKeys.SIGNING),
                CryptoProfile.AES);

        assertThat(otherInstallation.blindIndex(SensitiveKind.ID_NUMBER, ID))
                .isNotEqualTo(aes.blindIndex(SensitiveKind.ID_NUMBER, ID));
    }

    @Test
    void computesTheBlindIndexAsAnHmacOfKindAndValue() {
        assertThat(aes.blindIndex(SensitiveKind.ID_NUMBER, ID))
                .isEqualTo(HmacTests.hmacSha256(TestKeys.INDEX, "ID_NUMBER:" + ID));
        assertThat(sm4.blindIndex(SensitiveKind.ID_NUMBER, ID))
                .isEqualTo(HmacTests.hmacSm3ByHand(TestKeys.INDEX, "ID_NUMBER:" + ID));
    }

    @Test
    void signsWithTheProfilesDigest() {
        String message = "audit#42|2026-11-27T09:00|REVEAL";

        assertThat(aes.sign(message)).isEqualTo(HmacTests.hmacSha256(TestKeys.SIGNING, message));
        assertThat(sm4.sign(message)).isEqualTo(HmacTests.hmacSm3ByHand(TestKeys.SIGNING, message));
    }

    @Test
    void verifiesSignaturesMadeUnderEitherProfile() {
        String message = "audit#42|2026-11-27T09:00|REVEAL";

        assertThat(aes.verify(message, aes.sign(message))).isTrue();
        assertThat(aes.verify(message, sm4.sign(message))).isTrue();
        assertThat(sm4.verify(message, aes.sign(message))).isTrue();
    }

    @Test
    void rejectsASignatureForAnotherMessageOrAChangedSignature() {
        String signature = aes.sign("audit#42|REVEAL");
        String changed = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);

        assertThat(aes.verify("audit#42|EXPORT", signature)).isFalse();
        assertThat(aes.verify("audit#42|REVEAL", changed)).isFalse();
        assertThat(aes.verify("audit#42|REVEAL", null)).isFalse();
    }

    /** Flips every bit of the byte at {@code position} of the payload; negative counts from the end. */
    private static String flipOneByte(String token, int position) {
        int cut = token.lastIndexOf(':') + 1;
        byte[] payload = Base64.getDecoder().decode(token.substring(cut));
        int at = position < 0 ? payload.length + position : position;
        payload[at] ^= (byte) 0xff;
        return token.substring(0, cut) + Base64.getEncoder().encodeToString(payload);
    }
}
