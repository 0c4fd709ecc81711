package com.aidloop.iam.login;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login counts per normalised username in {@code iam_login_attempt}, for every name
 * anyone types, whether an account has it or not. A failure is counted under a row lock, so
 * concurrent failures for one name all count.
 */
@Repository
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final LockoutPolicy lockout;

    public LoginAttempts(JdbcClient jdbc, LockoutPolicy lockout) {
        this.jdbc = jdbc;
        this.lockout = lockout;
    }

    public boolean isLocked(String usernameKey) {
        return state(usernameKey, false).map(lockout::isLocked).orElse(false);
    }

    /** Counts a failure; returns whether the username is now locked. */
    @Transactional
    public boolean recordFailure(String usernameKey) {
        Instant now = lockout.now();
        jdbc.sql("""
                INSERT INTO iam_login_attempt (username_key, failed_count, lock_level)
                VALUES (:key, 0, 0)
                ON CONFLICT (username_key) DO NOTHING
                """)
                .param("key", usernameKey)
                .update();
        LoginAttemptState next = lockout.afterFailure(state(usernameKey, true).orElseThrow());
        jdbc.sql("""
                UPDATE iam_login_attempt
                SET failed_count = :failed, lock_level = :locks, locked_until = :lockedUntil, last_failure_at = :now
                WHERE username_key = :key
                """)
                .param("key", usernameKey)
                .param("failed", next.failedCount())
                .param("locks", next.locks())
                .param("lockedUntil", utc(next.lockedUntil()))
                .param("now", utc(now))
                .update();
        return lockout.isLocked(next);
    }

    /** A successful login, or an administrator's unlock: the username starts afresh. */
    @Transactional
    public void forget(String usernameKey) {
        jdbc.sql("DELETE FROM iam_login_attempt WHERE username_key = :key").param("key", usernameKey).update();
    }

    private Optional<LoginAttemptState> state(String usernameKey, boolean forUpdate) {
        String sql = forUpdate
                ? "SELECT failed_count, lock_level, locked_until FROM iam_login_attempt WHERE username_key = :key FOR UPDATE"
                : "SELECT failed_count, lock_level, locked_until FROM iam_login_attempt WHERE username_key = :key";
        return jdbc.sql(sql)
                .param("key", usernameKey)
                .query((rs, n) -> {
                    OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
                    return new LoginAttemptState(
                            rs.getInt("failed_count"), rs.getInt("lock_level"), until == null ? null : until.toInstant());
                })
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
