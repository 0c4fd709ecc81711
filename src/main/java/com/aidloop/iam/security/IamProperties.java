package com.aidloop.iam.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of logging in, under {@code aidloop.iam}: the lockout schedule and how long an API
 * token lives.
 *
 * @param lockout after how many consecutive failures a username locks, and for how long each time
 * @param tokenLifetime how long an API token is valid after it is issued
 */
@ConfigurationProperties("aidloop.iam")
public record IamProperties(@DefaultValue Lockout lockout, @DefaultValue("8h") Duration tokenLifetime) {

    /**
     * @param threshold consecutive failures that lock a username
     * @param durations the first, second, ... lock's length; the last repeats
     */
    public record Lockout(@DefaultValue("5") int threshold, @DefaultValue({"5m", "30m", "24h"}) List<Duration> durations) {}
}
