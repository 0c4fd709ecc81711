package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class CryptoProfileTests {

    @Test
    void readsTheProfileNameInAnyCase() {
        assertThat(CryptoProfile.named("SM4")).isEqualTo(CryptoProfile.SM4);
        assertThat(CryptoProfile.named(" sm4 ")).isEqualTo(CryptoProfile.SM4);
        assertThat(CryptoProfile.named("aes")).isEqualTo(CryptoProfile.AES);
    }

    @Test
    void defaultsToAes() {
        assertThat(CryptoProfile.named("")).isEqualTo(CryptoProfile.AES);
        assertThat(CryptoProfile.named(null)).isEqualTo(CryptoProfile.AES);
    }

    @Test
    void refusesAnUnknownProfileNamingTheChoices() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CryptoProfile.named("SM2"))
                .withMessage("AIDLOOP_CRYPTO_PROFILE must be AES or SM4, not 'SM2'");
    }

    @Test
    void findsTheAlgorithmOfATokenByItsLetter() {
        assertThat(CryptoProfile.ofTokenTag('a')).isEqualTo(CryptoProfile.AES);
        assertThat(CryptoProfile.ofTokenTag('s')).isEqualTo(CryptoProfile.SM4);
        assertThat(CryptoProfile.ofTokenTag('x')).isNull();
    }

    @Test
    void namesItsAlgorithmsForTheStartUpLog() {
        assertThat(CryptoProfile.SM4).hasToString("SM4 (SM4-GCM, HMAC-SM3)");
    }
}
