package com.aidloop.iam;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names staff know each other by (李芳), for the usernames that records keep (created_by,
 * approved_by, the audit trail's actor). Pages use it as {@code ${@staffNames.of(b.createdBy())}};
 * modules writing a list or a document ask {@link #namesOf} once for all the usernames they show.
 * The names of all accounts are read in one query and kept for a short while (a county has
 * dozens of accounts, a province a few thousand); a username not seen yet reads them again.
 */
@Component("staffNames")
public class StaffNames {

    /** Who records what no person did (start-up, the demo loader, migrations). */
    public static final String SYSTEM = "system";

    static final String SYSTEM_NAME = "系统";
    private static final Duration FRESH = Duration.ofSeconds(30);
    private static final Duration MISS_RELOAD = Duration.ofSeconds(2);

    private record Snapshot(Map<String, String> names, long readAt) {}

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0);

    StaffNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's name for a username: 李芳 for {@code county}, 系统 for {@code system}, the
     * username itself when no account has it (an account of another installation in old records),
     * null for null.
     */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        if (SYSTEM.equals(username)) {
            return SYSTEM_NAME;
        }
        String name = names(username).get(username);
        return name == null ? username : name;
    }

    /** {@link #of} for many usernames at once, keyed by username, in the order given. */
    public Map<String, String> namesOf(Collection<String> usernames) {
        return usernames.stream()
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::of, (a, b) -> a, LinkedHashMap::new));
    }

    /** Forgets the names read, after an account was created or renamed on this server. */
    public void forget() {
        snapshot = new Snapshot(Map.of(), 0);
    }

    private Map<String, String> names(String wanted) {
        Snapshot seen = snapshot;
        long now = System.nanoTime();
        boolean stale = seen.readAt() == 0 || now - seen.readAt() > FRESH.toNanos();
        boolean missing = !seen.names().containsKey(wanted) && now - seen.readAt() > MISS_RELOAD.toNanos();
        if (stale || missing) {
            Map<String, String> read = jdbc
                    .sql("SELECT username, display_name FROM iam_account")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            seen = new Snapshot(read, now == 0 ? 1 : now);
            snapshot = seen;
        }
        return seen.names();
    }
}
