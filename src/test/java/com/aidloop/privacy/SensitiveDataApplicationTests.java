package com.aidloop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whole application, started with the fixed keys of application-test.properties. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SensitiveDataApplicationTests {

    @Autowired
    SensitiveData sensitiveData;

    @Autowired
    MessageSigner signer;

    @Value("${aidloop.keys.data}")
    String dataKey;

    @Value("${aidloop.keys.index}")
    String indexKey;

    @Value("${aidloop.keys.signing}")
    String signingKey;

    @Test
    void sealsWithAesAndTheConfiguredDataKey() {
        String token = sensitiveData.seal("430626201003152382");

        assertThat(token)
                .startsWith("a1:" + hmac(dataKey, "aidloop data key id").substring(0, 8) + ":");
        assertThat(sensitiveData.open(token)).isEqualTo("430626201003152382");
    }

    @Test
    void indexesAndSignsWithTheConfiguredKeys() {
        assertThat(sensitiveData.blindIndex(SensitiveKind.ID_NUMBER, "430626201003152382"))
                .isEqualTo(hmac(indexKey, "ID_NUMBER:430626201003152382"));
        assertThat(signer.sign("audit#1")).isEqualTo(hmac(signingKey, "audit#1"));
        assertThat(signer.verify("audit#1", signer.sign("audit#1"))).isTrue();
    }

    @Test
    void masksPersonalNumbersInTheApplicationsLog(CapturedOutput output) {
        LoggerFactory.getLogger("com.aidloop.registry")
                .info(
                        "Student {} with guardian {} and card {}",
                        "430626201003152382",
                        "13812341234",
                        "6222600260001072444");
        LoggerFactory.getLogger("com.aidloop.registry")
                .warn("Import failed", new IllegalArgumentException("bad row: 11010519491231002X"));

        assertThat(output.getOut())
                .contains("Student 430626********2382 with guardian 138****1234 and card ***************2444")
                .contains("bad row: 110105********002X")
                .doesNotContain("430626201003152382", "13812341234", "6222600260001072444", "11010519491231002X");
        assertThat(output.getOut())
                .containsPattern(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\S*\\s+INFO \\d+ --- \\[aidloop\\]");
    }

    private static String hmac(String base64Key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
