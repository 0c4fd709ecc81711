package com.aidloop.roster.reading;

import static com.aidloop.roster.Awards.award;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.AwardLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AwardLanesTests {

    private static List<AwardLine> awards(int n) {
        List<AwardLine> awards = new ArrayList<>();
        IntStream.range(0, n)
                .forEach(i -> awards.add(award("430626102201", i % 3, i % 2 == 0 ? "EVEN" : "ODD", "PRIMARY", "1.00")));
        return awards;
    }

    @Test
    void eachLaneGetsItsAwardsInTheOrderOfTheRead() {
        List<AwardLine> awards = awards(10_000);

        Map<String, List<Long>> ids =
                AwardLanes.split(awards.iterator(), AwardLine::programmeCode, (key, lines) -> lines.map(AwardLine::id)
                        .toList());

        assertThat(ids.keySet()).containsExactly("EVEN", "ODD");
        assertThat(ids.get("EVEN"))
                .isEqualTo(awards.stream()
                        .filter(a -> a.programmeCode().equals("EVEN"))
                        .map(AwardLine::id)
                        .toList());
        assertThat(ids.get("ODD")).hasSize(5_000);
    }

    @Test
    void aLaneThatFailsFailsTheWholeReadWithoutHangingTheOthers() {
        assertThatThrownBy(() -> AwardLanes.split(awards(50_000).iterator(), AwardLine::programmeCode, (key, lines) -> {
                    if (key.equals("ODD")) {
                        throw new IllegalStateException("writer broke");
                    }
                    return lines.count();
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("writer broke");
    }

    @Test
    void aLaneMayStopReadingEarly() {
        Map<String, Long> firstTen =
                AwardLanes.split(awards(50_000).iterator(), AwardLine::programmeCode, (key, lines) -> lines.limit(10)
                        .count());

        assertThat(firstTen).containsEntry("EVEN", 10L).containsEntry("ODD", 10L);
    }
}
