package com.aidloop.iam.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of logging in, under {@code aidloop.iam}: how failed logins slow and lock, and how long
 * an API token lives.
 *
 * @param throttle failures of one name from one client address: that address waits, the owner elsewhere does not
 * @param addressThrottle failures of any names from one client address: that address waits
 * @param lockout failures of one name from anywhere: the name locks until the time passes or a security administrator unlocks it
 * @param tokenLifetime how long an API token is valid after it is issued
 * @param secondFactorRequired administrators and county, city and province staff must enrol an authenticator app
 */
@ConfigurationProperties("aidloop.iam")
public record IamProperties(
        @DefaultValue Throttle throttle,
        @DefaultValue AddressThrottle addressThrottle,
        @DefaultValue Lockout lockout,
        @DefaultValue("8h") Duration tokenLifetime,
        @DefaultValue("false") boolean secondFactorRequired) {

    /** After how many consecutive failures the next attempts wait, and how long each time (the last repeats). */
    public interface Schedule {
        int threshold();

        List<Duration> durations();
    }

    public record Throttle(
            @DefaultValue("5") int threshold,
            @DefaultValue({"1m", "5m", "15m"}) List<Duration> durations) implements Schedule {}

    public record AddressThrottle(
            @DefaultValue("20") int threshold,
            @DefaultValue({"1m", "5m", "15m"}) List<Duration> durations) implements Schedule {}

    public record Lockout(
            @DefaultValue("50") int threshold,
            @DefaultValue("24h") List<Duration> durations) implements Schedule {}
}
