package com.aidloop.iam.login;

import java.time.Clock;
import java.time.Instant;

/**
 * Escalating lockout (登录失败锁定): applies the schedule to a username's failed logins at the
 * time its clock tells.
 */
public final class LockoutPolicy {

    private final LockoutSchedule schedule;
    private final Clock clock;

    public LockoutPolicy(LockoutSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    public boolean isLocked(LoginAttemptState state) {
        return state.isLockedAt(clock.instant());
    }

    public LoginAttemptState afterFailure(LoginAttemptState state) {
        return state.afterFailure(clock.instant(), schedule);
    }

    public Instant now() {
        return clock.instant();
    }
}
