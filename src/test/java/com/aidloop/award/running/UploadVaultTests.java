package com.aidloop.award.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadVaultTests {

    /** Seals by reversing: enough to see that the file key goes through SensitiveData. */
    private static final SensitiveData FAKE = new SensitiveData() {
        @Override
        public String seal(String plaintext) {
            return "sealed:" + new StringBuilder(plaintext).reverse();
        }

        @Override
        public String open(String sealed) {
            return new StringBuilder(sealed.substring("sealed:".length()))
                    .reverse()
                    .toString();
        }

        @Override
        public String blindIndex(SensitiveKind kind, String normalizedValue) {
            return normalizedValue;
        }
    };

    private final UploadVault vault = new UploadVault(FAKE);

    @TempDir
    Path dir;

    @Test
    void storesAFileOfSeveralChunksEncryptedAndOpensItAgain() throws Exception {
        byte[] content = new byte[(3 << 20) + 12345];
        new Random(7).nextBytes(content);
        Path plain = Files.write(dir.resolve("roster.xlsx"), content);

        String key = vault.store(plain, dir.resolve("stored"));
        vault.open(dir.resolve("stored"), key, dir.resolve("opened"));

        assertThat(key).startsWith("sealed:");
        assertThat(Files.readAllBytes(dir.resolve("opened"))).isEqualTo(content);
        assertThat(Files.readAllBytes(dir.resolve("stored")))
                .isNotEqualTo(content)
                .hasSizeGreaterThan(content.length);
    }

    @Test
    void storesAnEmptyFileAndAnExactMultipleOfTheChunk() throws Exception {
        for (int size : new int[] {0, 1 << 20, 2 << 20}) {
            byte[] content = new byte[size];
            Path plain = Files.write(dir.resolve("f" + size), content);
            String key = vault.store(plain, dir.resolve("s" + size));
            vault.open(dir.resolve("s" + size), key, dir.resolve("o" + size));
            assertThat(Files.readAllBytes(dir.resolve("o" + size))).isEqualTo(content);
        }
    }

    @Test
    void refusesAStoredFileThatWasCutOrChanged() throws Exception {
        byte[] content = new byte[(2 << 20) + 10];
        new Random(3).nextBytes(content);
        Path plain = Files.write(dir.resolve("roster.xlsx"), content);
        String key = vault.store(plain, dir.resolve("stored"));
        byte[] stored = Files.readAllBytes(dir.resolve("stored"));

        byte[] cut = java.util.Arrays.copyOf(stored, (1 << 20) + 4 + 16);
        Files.write(dir.resolve("cut"), cut);
        assertThatThrownBy(() -> vault.open(dir.resolve("cut"), key, dir.resolve("o1")))
                .isInstanceOf(IllegalStateException.class);

        stored[100] ^= 1;
        Files.write(dir.resolve("changed"), stored);
        assertThatThrownBy(() -> vault.open(dir.resolve("changed"), key, dir.resolve("o2")))
                .isInstanceOf(IllegalStateException.class);
    }
}
