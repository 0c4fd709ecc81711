package com.aidloop.iam.account;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.shared.Refusal.Concern;
import com.aidloop.shared.RegionCode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores accounts in {@code iam_account}; usernames are unique regardless of case. */
@Repository
public class Accounts {

    private static final String COLUMNS = """
            SELECT a.id, a.username, a.display_name, a.password_hash, a.roles, a.region_code, a.school_id,
                   a.enabled, a.must_change_password, a.created_at, a.password_changed_at, a.session_generation,
                   a.version
            FROM iam_account a
            """;

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE a.id = :id")
                .param("id", id)
                .query(Accounts::account)
                .optional();
    }

    /** Finds the account for whatever a person typed as their username, in any case. */
    public Optional<Account> findByUsername(String typed) {
        return jdbc.sql(COLUMNS + "WHERE lower(a.username) = :key")
                .param("key", Username.lookupKey(typed))
                .query(Accounts::account)
                .optional();
    }

    public long insert(Account account) {
        try {
            return jdbc.sql("""
                    INSERT INTO iam_account (username, display_name, password_hash, roles, region_code, school_id,
                                             enabled, must_change_password, created_at, password_changed_at)
                    VALUES (:username, :displayName, :passwordHash, string_to_array(:roles, ','), :regionCode,
                            :schoolId, :enabled, :mustChange, :createdAt, :passwordChangedAt)
                    RETURNING id
                    """)
                    .param("username", account.username().value())
                    .param("displayName", account.displayName())
                    .param("passwordHash", account.passwordHash())
                    .param("roles", roleList(account.roles()))
                    .param("regionCode", account.scope().regionCode())
                    .param("schoolId", account.scope().schoolId())
                    .param("enabled", account.enabled())
                    .param("mustChange", account.mustChangePassword())
                    .param("createdAt", utc(account.createdAt()))
                    .param("passwordChangedAt", utc(account.passwordChangedAt()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw AccountRuleBroken.of(
                    "account.username.taken", account.username().value());
        }
    }

    /** Saves the account unless someone else saved it since it was read. */
    public void update(Account account) {
        int updated = jdbc.sql("""
                UPDATE iam_account
                SET display_name = :displayName, password_hash = :passwordHash, roles = string_to_array(:roles, ','),
                    region_code = :regionCode, school_id = :schoolId, enabled = :enabled,
                    must_change_password = :mustChange, password_changed_at = :passwordChangedAt,
                    session_generation = :sessionGeneration, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", account.id())
                .param("version", account.version())
                .param("displayName", account.displayName())
                .param("passwordHash", account.passwordHash())
                .param("roles", roleList(account.roles()))
                .param("regionCode", account.scope().regionCode())
                .param("schoolId", account.scope().schoolId())
                .param("enabled", account.enabled())
                .param("mustChange", account.mustChangePassword())
                .param("passwordChangedAt", utc(account.passwordChangedAt()))
                .param("sessionGeneration", account.sessionGeneration())
                .update();
        if (updated != 1) {
            throw AccountRuleBroken.of("account.concurrentChange")
                    .auditedAs(Concern.LOST_RACE)
                    .about("account", account.id());
        }
    }

    /** What every request of a logged-in person needs to know about their account, in one look-up. */
    public Optional<AccountStatus> status(long id) {
        return jdbc.sql("""
                SELECT enabled, must_change_password, session_generation, version FROM iam_account WHERE id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new AccountStatus(
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        rs.getInt("session_generation"),
                        rs.getInt("version")))
                .optional();
    }

    /** Accounts whose username or name contains the keyword, by username, with their lock state. */
    public AccountListing search(String keyword, int page, int size, Instant now) {
        String pattern = keyword == null || keyword.isBlank() ? null : "%" + likeEscaped(keyword.strip()) + "%";
        long total = jdbc.sql("""
                SELECT count(*) FROM iam_account a
                WHERE CAST(:pattern AS text) IS NULL
                   OR a.username ILIKE CAST(:pattern AS text) OR a.display_name ILIKE CAST(:pattern AS text)
                """).param("pattern", pattern).query(Long.class).single();
        List<AccountListing.Row> rows = jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.roles, a.region_code, a.school_id, a.enabled,
                       a.must_change_password, l.locked_until,
                       EXISTS (SELECT 1 FROM iam_second_factor f
                               WHERE f.account_id = a.id AND f.confirmed_at IS NOT NULL) AS second_factor
                FROM iam_account a
                LEFT JOIN (SELECT username_key, max(locked_until) AS locked_until FROM iam_login_attempt
                           WHERE kind <> 'ADDRESS' AND locked_until > :now GROUP BY username_key) l
                       ON l.username_key = lower(a.username)
                WHERE CAST(:pattern AS text) IS NULL
                   OR a.username ILIKE CAST(:pattern AS text) OR a.display_name ILIKE CAST(:pattern AS text)
                ORDER BY lower(a.username)
                LIMIT :limit OFFSET :offset
                """)
                .param("pattern", pattern)
                .param("now", utc(now))
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query((rs, n) -> new AccountListing.Row(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        roles(rs.getArray("roles")),
                        scope(rs),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        instant(rs, "locked_until"),
                        rs.getBoolean("second_factor")))
                .list();
        return new AccountListing(rows, total, page, size);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return Account.restore(
                rs.getLong("id"),
                new Username(rs.getString("username")),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                roles(rs.getArray("roles")),
                scope(rs),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                instant(rs, "created_at"),
                instant(rs, "password_changed_at"),
                rs.getInt("session_generation"),
                rs.getInt("version"));
    }

    private static ScopeBinding scope(ResultSet rs) throws SQLException {
        String region = rs.getString("region_code");
        long school = rs.getLong("school_id");
        boolean hasSchool = !rs.wasNull();
        if (hasSchool) {
            return ScopeBinding.school(school);
        }
        return region == null ? ScopeBinding.none() : ScopeBinding.region(new RegionCode(region));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Whether the account may be used, must change its password, which generation of page sessions
     * is still valid, and the version of its roles and scope.
     */
    public record AccountStatus(boolean enabled, boolean mustChangePassword, int sessionGeneration, int version) {}
}
