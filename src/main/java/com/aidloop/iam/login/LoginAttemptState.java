package com.aidloop.iam.login;

import java.time.Instant;

/**
 * Failed logins for one username: consecutive failures since the last lock, how many locks it
 * has had, and until when the current one lasts.
 */
public record LoginAttemptState(int failedCount, int locks, Instant lockedUntil) {

    public static LoginAttemptState fresh() {
        return new LoginAttemptState(0, 0, null);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * One more failure. Reaching the threshold locks the username for the next duration of the
     * schedule and starts counting again. Failures while locked change nothing: they are refused
     * without looking at the password.
     */
    public LoginAttemptState afterFailure(Instant now, LockoutSchedule schedule) {
        if (isLockedAt(now)) {
            return this;
        }
        int failures = failedCount + 1;
        if (failures < schedule.threshold()) {
            return new LoginAttemptState(failures, locks, lockedUntil);
        }
        int lock = locks + 1;
        return new LoginAttemptState(0, lock, now.plus(schedule.lockDuration(lock)));
    }
}
