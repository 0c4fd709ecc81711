package com.aidloop.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.notification.domain.RetrySchedule.GiveUp;
import com.aidloop.notification.domain.RetrySchedule.RetryAfter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10), 8);

    @Test
    void waitsLongerAfterEachFailure() {
        assertThat(schedule.afterFailure(1)).isEqualTo(new RetryAfter(Duration.ofSeconds(30)));
        assertThat(schedule.afterFailure(2)).isEqualTo(new RetryAfter(Duration.ofMinutes(1)));
        assertThat(schedule.afterFailure(3)).isEqualTo(new RetryAfter(Duration.ofMinutes(2)));
        assertThat(schedule.afterFailure(5)).isEqualTo(new RetryAfter(Duration.ofMinutes(8)));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(schedule.afterFailure(6)).isEqualTo(new RetryAfter(Duration.ofMinutes(10)));
        assertThat(schedule.afterFailure(7)).isEqualTo(new RetryAfter(Duration.ofMinutes(10)));
        assertThat(new RetrySchedule(Duration.ofSeconds(1), 10, Duration.ofHours(1), 1_000).afterFailure(900))
                .isEqualTo(new RetryAfter(Duration.ofHours(1)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule.afterFailure(8)).isInstanceOf(GiveUp.class);
        assertThat(schedule.afterFailure(9)).isInstanceOf(GiveUp.class);
        assertThat(new RetrySchedule(Duration.ZERO, 1, Duration.ZERO, 1).afterFailure(1))
                .isInstanceOf(GiveUp.class);
    }

    @Test
    void refusesAScheduleThatMakesNoSense() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(5), 2, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
