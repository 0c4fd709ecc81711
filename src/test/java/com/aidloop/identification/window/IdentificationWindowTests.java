package com.aidloop.identification.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a window stands on a day: its first and last days are inside, closing ends it early. */
class IdentificationWindowTests {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 9, 30);

    static IdentificationWindow window(Instant closedAt) {
        return new IdentificationWindow(
                1,
                "430626",
                2026,
                START,
                END,
                "county",
                Instant.EPOCH,
                closedAt == null ? null : "county",
                closedAt,
                0);
    }

    @Test
    void isOpenFromItsFirstToItsLastDay() {
        IdentificationWindow window = window(null);

        assertThat(window.state(START.minusDays(1))).isEqualTo(WindowState.NOT_STARTED);
        assertThat(window.state(START)).isEqualTo(WindowState.OPEN);
        assertThat(window.state(END)).isEqualTo(WindowState.OPEN);
        assertThat(window.state(END.plusDays(1))).isEqualTo(WindowState.ENDED);
        assertThat(window.label()).isEqualTo("2026学年");
    }

    @Test
    void aClosedWindowIsClosedWhateverItsDates() {
        assertThat(window(Instant.now()).state(START.plusDays(3))).isEqualTo(WindowState.CLOSED);
        assertThat(window(Instant.now()).openOn(START.plusDays(3))).isFalse();
    }
}
