package com.aidloop.iam.login;

import java.time.Duration;
import java.util.List;

/**
 * How failed logins lock a username: after {@code threshold} consecutive failures it is locked
 * for the first duration; the next time for the second, and so on, staying at the last. A
 * successful login forgets it all.
 */
public record LockoutSchedule(int threshold, List<Duration> durations) {

    public static final LockoutSchedule DEFAULT =
            new LockoutSchedule(5, List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(24)));

    public LockoutSchedule {
        if (threshold < 1 || durations == null || durations.isEmpty()) {
            throw new IllegalArgumentException("a lockout schedule needs a threshold and at least one duration");
        }
        durations = List.copyOf(durations);
    }

    /** How long the n-th lock lasts (n counted from 1). */
    public Duration lockDuration(int nthLock) {
        return durations.get(Math.min(Math.max(nthLock, 1), durations.size()) - 1);
    }
}
