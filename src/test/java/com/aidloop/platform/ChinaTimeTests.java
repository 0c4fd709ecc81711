package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Term;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChinaTimeTests {

    private static final Instant EIGHT_UTC = Instant.parse("2026-11-27T08:00:05Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void showsAStoredInstantInChinaTime() {
        ChinaTime time = new ChinaTime(BEIJING, Clock.systemUTC());

        assertThat(time.minute(EIGHT_UTC)).isEqualTo("2026-11-27 16:00");
        assertThat(time.second(EIGHT_UTC)).isEqualTo("2026-11-27 16:00:05");
        assertThat(time.minute(null)).isEmpty();
    }

    @Test
    void showsTimesInTheConfiguredZone() {
        ChinaTime time = new ChinaTime(ZoneOffset.UTC, Clock.systemUTC());

        assertThat(time.minute(EIGHT_UTC)).isEqualTo("2026-11-27 08:00");
    }

    @Test
    void countsTodayAndTheCurrentTermInTheDisplayZoneFromTheInjectedClock() {
        Instant firstOfAugustInBeijing = Instant.parse("2026-07-31T16:30:00Z");
        ChinaTime time = new ChinaTime(BEIJING, Clock.fixed(firstOfAugustInBeijing, ZoneOffset.UTC));

        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(time.currentTerm()).isEqualTo(new Term(2026, Term.Semester.AUTUMN));
        assertThat(time.termChoices(1, 1, null))
                .extracting(Term::code)
                .containsExactly("2027-SPRING", "2026-AUTUMN", "2026-SPRING");
        assertThat(time.termOrCurrent(" ")).isEqualTo(time.currentTerm());
        assertThat(time.termOrCurrent("2025秋")).isEqualTo(new Term(2025, Term.Semester.AUTUMN));
    }
}
