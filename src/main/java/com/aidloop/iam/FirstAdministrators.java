package com.aidloop.iam;

import com.aidloop.iam.admin.AccountAdministration;
import com.aidloop.iam.admin.AccountDraft;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrators of a new deployment (docs/deploying.md): a system, security or audit
 * administrator opened from the command line with a one-time password, only while no account of
 * that role exists, so the command cannot be used to add administrators later. The person must
 * change the password at first login; the account's creation is audited as done by the command.
 */
@Component
public class FirstAdministrators {

    static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
    private static final long LOCK = 0x4649_5253_5441_444DL;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SIGNS = "@#%+=";

    private final AccountAdministration administration;
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrators(AccountAdministration administration, JdbcClient jdbc) {
        this.administration = administration;
        this.jdbc = jdbc;
    }

    /** The account opened, with the one-time password to hand to its person. */
    public record Opened(long id, Role role, String username, String oneTimePassword) {}

    /**
     * @param role the role's Chinese name (安全管理员) or its code (SECURITY_ADMIN)
     * @param operator who ran the command (the operating-system user), for the audit trail
     */
    @Transactional
    public Opened open(String role, String username, String displayName, String operator) {
        Role chosen = administratorRole(role);
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", LOCK)
                .query(Object.class)
                .single();
        long existing = jdbc.sql("SELECT count(*) FROM iam_account WHERE :role = ANY (roles)")
                .param("role", chosen.name())
                .query(Long.class)
                .single();
        if (existing > 0) {
            throw AccountRuleBroken.of("firstAdmin.exists", chosen.label());
        }
        String password = oneTimePassword();
        // a context of its own: setting the operator on the thread's context would leave it there afterwards
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext operatorContext = SecurityContextHolder.createEmptyContext();
        operatorContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("命令行:" + operator, null, Set.of()));
        try {
            SecurityContextHolder.setContext(operatorContext);
            long id =
                    administration.open(username, new AccountDraft(displayName, Set.of(chosen), null, null), password);
            return new Opened(id, chosen, username, password);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Role administratorRole(String typed) {
        String word = typed == null ? "" : typed.strip();
        return ADMINISTRATORS.stream()
                .filter(r -> r.label().equals(word) || r.name().equalsIgnoreCase(word))
                .findFirst()
                .orElseThrow(() -> AccountRuleBroken.of(
                        "firstAdmin.role",
                        word,
                        String.join(
                                "、",
                                Arrays.stream(Role.values())
                                        .filter(ADMINISTRATORS::contains)
                                        .map(Role::label)
                                        .toList())));
    }

    /** 16 characters of letters, digits and a sign, without look-alikes (0/O, 1/l/I). */
    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            String from = i % 8 == 3 ? DIGITS : i % 8 == 6 ? SIGNS : LETTERS;
            password.append(from.charAt(random.nextInt(from.length())));
        }
        return password.toString();
    }
}
