package com.aidloop.iam.family;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often a one-time code may be asked for and tried: a code lives five minutes and allows five
 * tries; one number gets one code a minute and five an hour; one client address asks twenty times
 * an hour, for any numbers (registered or not, so that trying numbers costs the same).
 */
public record CodeLimits(
        Duration lifetime, int maxAttempts, Duration perPhoneGap, int perPhonePerHour, int perAddressPerHour) {

    public static final CodeLimits STANDARD = new CodeLimits(Duration.ofMinutes(5), 5, Duration.ofMinutes(1), 5, 20);

    /** The recent requests a decision needs: the last for the number, and counts of the last hour. */
    public record Recent(Instant lastForPhone, int forPhoneInHour, int forAddressInHour) {}

    /** Why a new code may not be issued now, if it may not: "wait n seconds" or "too many". */
    public Optional<Refusal> check(Recent recent, Instant now) {
        if (recent.forAddressInHour() >= perAddressPerHour || recent.forPhoneInHour() >= perPhonePerHour) {
            return Optional.of(new Refusal(0));
        }
        if (recent.lastForPhone() != null) {
            Instant next = recent.lastForPhone().plus(perPhoneGap);
            if (next.isAfter(now)) {
                return Optional.of(
                        new Refusal(Math.max(1, Duration.between(now, next).toSeconds())));
            }
        }
        return Optional.empty();
    }

    /** A refused request: wait that many seconds, or (0) too many this hour. */
    public record Refusal(long waitSeconds) {

        public boolean tooMany() {
            return waitSeconds == 0;
        }
    }
}
