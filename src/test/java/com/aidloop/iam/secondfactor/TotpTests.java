package com.aidloop.iam.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The SHA-1 key of RFC 6238's test vectors. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void makesTheCodesOfRfc6238(long epochSecond, String code) {
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(epochSecond))))
                .isEqualTo(code);
    }

    @Test
    void writesTheKeyInBase32AsAppsTakeIt() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new AuthenticatorApp("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ").code(0))
                .isEqualTo(Totp.code(RFC_KEY, Totp.stepAt(Instant.now())));
    }

    @Test
    void acceptsACodeOneStepEitherWayOfNow() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, 0))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, 0))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, 0))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0))
                .isEmpty();
    }

    @Test
    void aCodeWorksOnceAndNeverForAnEarlierStep() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        String code = Totp.code(RFC_KEY, step);
        assertThat(Totp.matchingStep(RFC_KEY, code, now, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step))
                .isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_KEY, "287 082", now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_KEY, "28708", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "2870822", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, null, now, 0)).isEmpty();
    }

    @Test
    void theProvisioningAddressNamesThePlatformAndTheAccount() {
        assertThat(Totp.provisioningUri("学生资助闭环管理平台", "county", RFC_KEY))
                .startsWith("otpauth://totp/%E5%AD%A6")
                .contains(":county?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=")
                .endsWith("&algorithm=SHA1&digits=6&period=30");
    }
}
