package com.aidloop.identification.notice.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wrong access codes per notice and client address: after {@link #LIMIT} in an hour the address is
 * refused for that notice until the hour has passed, so that the six digits cannot be tried through.
 * Kept in memory (one server's count; a second server keeps its own).
 */
@Component
class CodeAttempts {

    static final int LIMIT = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    CodeAttempts(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    boolean blocked(String token, String client) {
        Deque<Instant> recent = failures.get(token + "|" + client);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant since = clock.instant().minus(WINDOW);
            recent.removeIf(at -> at.isBefore(since));
            return recent.size() >= LIMIT;
        }
    }

    void failed(String token, String client) {
        Deque<Instant> recent = failures.computeIfAbsent(token + "|" + client, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }
}
