package com.aidloop.iam.login;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Growing delays after failed logins (登录限速与锁定): applies each kind's schedule to its failed
 * logins at the time its clock tells.
 */
public final class LockoutPolicy {

    private final Map<AttemptKind, LockoutSchedule> schedules;
    private final Clock clock;

    public LockoutPolicy(Map<AttemptKind, LockoutSchedule> schedules, Clock clock) {
        if (!schedules.keySet().containsAll(EnumSet.allOf(AttemptKind.class))) {
            throw new IllegalArgumentException("a lockout policy needs a schedule for every kind of attempt");
        }
        this.schedules = new EnumMap<>(schedules);
        this.clock = clock;
    }

    /** The same schedule for every kind: for tests of the schedule itself. */
    public static LockoutPolicy everywhere(LockoutSchedule schedule, Clock clock) {
        Map<AttemptKind, LockoutSchedule> all = new EnumMap<>(AttemptKind.class);
        for (AttemptKind kind : AttemptKind.values()) {
            all.put(kind, schedule);
        }
        return new LockoutPolicy(all, clock);
    }

    public boolean isLocked(LoginAttemptState state) {
        return state.isLockedAt(clock.instant());
    }

    public LoginAttemptState afterFailure(AttemptKind kind, LoginAttemptState state) {
        return state.afterFailure(clock.instant(), schedules.get(kind));
    }

    public Instant now() {
        return clock.instant();
    }
}
