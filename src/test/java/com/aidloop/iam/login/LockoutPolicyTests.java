package com.aidloop.iam.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-09-01T01:00:00Z"));
    private final LockoutPolicy lockout = LockoutPolicy.everywhere(LockoutSchedule.DEFAULT, clock);

    private LoginAttemptState fail(LoginAttemptState state, int times) {
        for (int i = 0; i < times; i++) {
            state = lockout.afterFailure(AttemptKind.NAME, state);
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginAttemptState state = fail(LoginAttemptState.fresh(), 4);
        assertThat(lockout.isLocked(state)).isFalse();
        assertThat(state.failedCount()).isEqualTo(4);
    }

    @Test
    void fiveConsecutiveFailuresLockForFiveMinutes() {
        LoginAttemptState state = fail(LoginAttemptState.fresh(), 5);
        assertThat(lockout.isLocked(state)).isTrue();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lockout.isLocked(state)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lockout.isLocked(state)).isFalse();
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        LoginAttemptState locked = fail(LoginAttemptState.fresh(), 5);
        LoginAttemptState after = fail(locked, 20);
        assertThat(after).isEqualTo(locked);
    }

    @Test
    void theNextLocksLastThirtyMinutesThenADayAndStayAtADay() {
        LoginAttemptState state = fail(LoginAttemptState.fresh(), 5);
        clock.advance(Duration.ofMinutes(5));

        state = fail(state, 4);
        assertThat(lockout.isLocked(state)).isFalse();
        state = fail(state, 1);
        assertThat(state.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(30));
        state = fail(state, 5);
        assertThat(state.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        clock.advance(Duration.ofHours(24));
        state = fail(state, 5);
        assertThat(state.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(state.locks()).isEqualTo(4);
    }

    @Test
    void followsEachKindsOwnSchedule() {
        LockoutPolicy policy = new LockoutPolicy(
                Map.of(
                        AttemptKind.NAME_AT_ADDRESS, new LockoutSchedule(3, List.of(Duration.ofMinutes(1))),
                        AttemptKind.ADDRESS, new LockoutSchedule(20, List.of(Duration.ofMinutes(5))),
                        AttemptKind.NAME, new LockoutSchedule(50, List.of(Duration.ofHours(24)))),
                clock);
        LoginAttemptState atAddress = LoginAttemptState.fresh();
        LoginAttemptState name = LoginAttemptState.fresh();
        for (int i = 0; i < 3; i++) {
            atAddress = policy.afterFailure(AttemptKind.NAME_AT_ADDRESS, atAddress);
            name = policy.afterFailure(AttemptKind.NAME, name);
        }
        assertThat(atAddress.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(policy.isLocked(name)).isFalse();
        assertThat(name.failedCount()).isEqualTo(3);
    }

    @Test
    void needsAScheduleForEveryKind() {
        assertThatThrownBy(() -> new LockoutPolicy(Map.of(AttemptKind.NAME, LockoutSchedule.DEFAULT), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshStateAfterSuccessStartsCountingAgain() {
        assertThat(lockout.isLocked(fail(LoginAttemptState.fresh(), 4))).isFalse();
        assertThat(fail(LoginAttemptState.fresh(), 1).failedCount()).isEqualTo(1);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
