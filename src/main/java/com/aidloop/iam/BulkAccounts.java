package com.aidloop.iam;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.Username;
import com.aidloop.iam.admin.AccountAdministration;
import com.aidloop.iam.admin.AccountDraft;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts opened and disabled many at a time by the security administrator (ACCOUNT_ADMIN,
 * checked by the callers): one account per school or per township or village, each with a
 * one-time initial password that the person must change at first login (the password is only
 * hashed, returned once to be printed, never stored or logged), and all accounts of a role in a
 * region disabled at the end of a term of office. Each account is audited as when opened or
 * disabled one by one, and each batch once more with its count.
 */
@Component
public class BulkAccounts {

    private final AccountAdministration administration;
    private final FirstAdministrators passwords;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    BulkAccounts(
            AccountAdministration administration, FirstAdministrators passwords, JdbcClient jdbc, AuditTrail audit) {
        this.administration = administration;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One account to open: bound to a region (reviewers) or a school (school staff). */
    public record Wanted(String username, String displayName, Role role, String regionCode, Long schoolId) {}

    /** An account opened, with its one-time password to print; or {@code skipped} when the username exists. */
    public record Opened(long id, String username, String displayName, String oneTimePassword) {

        @Override
        public String toString() {
            return "Opened[" + id + " " + username + "]";
        }
    }

    /** The accounts opened; usernames that exist already are left as they are and listed apart. */
    public record Batch(List<Opened> opened, List<String> skipped) {}

    @Transactional
    public Batch open(List<Wanted> wanted, String description) {
        List<Opened> opened = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Wanted w : wanted) {
            if (exists(w.username())) {
                skipped.add(w.username());
                continue;
            }
            String password = passwords.oneTimePassword();
            long id = administration.open(
                    w.username(),
                    new AccountDraft(w.displayName(), Set.of(w.role()), w.regionCode(), w.schoolId()),
                    password);
            opened.add(new Opened(id, w.username(), w.displayName(), password));
        }
        audit.record(AuditRecord.of(
                "ACCOUNT_BULK_CREATE",
                "account",
                null,
                "批量开通账号（" + description + "）：新开通" + opened.size() + "个，已存在未改动" + skipped.size() + "个"));
        return new Batch(opened, skipped);
    }

    /** An enabled account that a bulk disable would end. */
    public record Holder(long id, String username, String displayName) {}

    /**
     * The enabled accounts holding the role and bound inside the region (a division under
     * {@code regionPrefix}) or to one of the schools, by username.
     */
    public List<Holder> enabledHolders(Role role, String regionPrefix, Collection<Long> schoolIds) {
        List<String> regions = regionPrefix == null || regionPrefix.isBlank() ? List.of() : List.of(regionPrefix);
        return jdbc.sql("""
                        SELECT id, username, display_name FROM iam_account a
                         WHERE enabled AND :role = ANY (roles)
                           AND (%s OR school_id = ANY (:schools))
                         ORDER BY username
                        """.formatted(ScopeFilter.accountsBoundWithinAny("a")))
                .param("role", role.name())
                .param(ScopeFilter.WITHIN_ANY, ScopeFilter.withinAnyParam(regions))
                .param("schools", schoolIds.toArray(Long[]::new))
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    /**
     * Disables exactly the accounts the confirmation showed (their count must still match), each
     * as a single disable does (sessions end, tokens revoked, audited), and records the batch.
     *
     * @return how many were disabled
     * @throws AccountRuleBroken when the holders changed since the confirmation was shown
     */
    @Transactional
    public int disable(
            long actorId,
            Role role,
            String regionPrefix,
            Collection<Long> schoolIds,
            int confirmed,
            String description) {
        List<Holder> holders = enabledHolders(role, regionPrefix, schoolIds);
        if (holders.size() != confirmed) {
            throw AccountRuleBroken.of("account.bulk.changedMeanwhile", confirmed, holders.size());
        }
        for (Holder h : holders) {
            administration.disable(actorId, h.id());
        }
        audit.record(AuditRecord.of(
                "ACCOUNT_BULK_DISABLE", "account", null, "批量停用账号（" + description + "）：" + holders.size() + "个"));
        return holders.size();
    }

    private boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM iam_account WHERE lower(username) = :key")
                        .param("key", Username.lookupKey(username))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the username could be an account's (for building usernames from codes). */
    public static Optional<String> usable(String username) {
        try {
            return Optional.of(new Username(username).value());
        } catch (AccountRuleBroken e) {
            return Optional.empty();
        }
    }
}
