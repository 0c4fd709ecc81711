package com.aidloop.notification.domain;

import java.time.Duration;

/**
 * When a message whose send was not confirmed is tried again: after {@code initial}, then each
 * wait {@code multiplier} times the one before, never more than {@code max}; after
 * {@code maxAttempts} sends the message fails and waits for staff.
 */
public record RetrySchedule(Duration initial, double multiplier, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "a retry schedule needs 0 <= initial <= max, multiplier >= 1, maxAttempts >= 1");
        }
    }

    /** What follows the failure of the {@code attempts}-th send. */
    public Next afterFailure(int attempts) {
        if (attempts >= maxAttempts) {
            return new GiveUp();
        }
        double factor = Math.pow(multiplier, Math.max(0, attempts - 1));
        double millis = initial.toMillis() * factor;
        Duration wait = millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
        return new RetryAfter(wait);
    }

    /** What happens after a failed send. */
    public sealed interface Next permits RetryAfter, GiveUp {}

    /** Wait, then send again. */
    public record RetryAfter(Duration delay) implements Next {}

    /** No more sends until staff send it again. */
    public record GiveUp() implements Next {}
}
