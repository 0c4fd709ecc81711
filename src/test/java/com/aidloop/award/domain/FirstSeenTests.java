package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSeenTests {

    @Test
    void remembersTheFirstRowOfEachKeyThroughManyResizes() {
        FirstSeen seen = new FirstSeen(16);
        for (int row = 1; row <= 200_000; row++) {
            assertThat(seen.putIfAbsent(FirstSeen.hash("43062420140101" + row), row, row * 7))
                    .isNull();
        }
        FirstSeen.Entry again = seen.putIfAbsent(FirstSeen.hash("4306242014010112345"), 999_999, 0);

        assertThat(again).isEqualTo(new FirstSeen.Entry(12345, 12345 * 7));
        assertThat(seen.size()).isEqualTo(200_000);
    }

    @Test
    void pairsOfTheSameStudentWithDifferentProgrammesAreDifferentKeys() {
        long student = FirstSeen.hash("430624201401010012");
        assertThat(FirstSeen.pair(student, FirstSeen.hash("A")))
                .isNotEqualTo(FirstSeen.pair(student, FirstSeen.hash("B")));
    }
}
