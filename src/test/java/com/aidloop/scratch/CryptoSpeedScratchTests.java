package com.aidloop.scratch;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Tag("benchmark")
@SpringBootTest
class CryptoSpeedScratchTests {
    @Autowired SensitiveData sensitive;

    @Test
    void speed() {
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            for (int i = 0; i < 200_000; i++) sensitive.seal("43062420140101" + i);
            long seal = System.nanoTime() - t;
            t = System.nanoTime();
            for (int i = 0; i < 200_000; i++) sensitive.blindIndex(SensitiveKind.ID_NUMBER, "43062420140101" + i);
            long idx = System.nanoTime() - t;
            System.out.printf("SCRATCH seal %.2f us, index %.2f us%n", seal / 200_000 / 1000.0, idx / 200_000 / 1000.0);
        }
    }
}
