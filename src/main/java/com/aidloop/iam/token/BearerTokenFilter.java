package com.aidloop.iam.token;

import com.aidloop.iam.account.Account;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.family.FamilyAuthentication;
import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.iam.login.AccountPrincipal;
import com.aidloop.iam.security.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token, for this request only:
 * nothing is kept in a session. An unknown, expired or revoked token, or a disabled account,
 * leaves the request unauthenticated. A family's token (issued by the family API after an SMS
 * code) authenticates as a family session does, and only under {@link #FAMILY_API}: elsewhere
 * the API answers 404. An account that must change its password may only revoke
 * its token. Besides the API it opens the API description ({@link #forApiDescription}), so that a
 * client holding a token can read it without a page session.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";
    public static final String TOKEN_PATH = "/api/v1/auth/token";

    /** The family API: the only part of the API a family's token reaches. */
    public static final String FAMILY_API = "/api/v1/family/";

    private static final String API_DESCRIPTION = "/v3/api-docs";

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final FamilyTokens families;
    private final JsonErrors errors;
    private final String onlyUnder;

    public BearerTokenFilter(ApiTokens tokens, Accounts accounts, FamilyTokens families, JsonErrors errors) {
        this(tokens, accounts, families, errors, null);
    }

    private BearerTokenFilter(
            ApiTokens tokens, Accounts accounts, FamilyTokens families, JsonErrors errors, String onlyUnder) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.families = families;
        this.errors = errors;
        this.onlyUnder = onlyUnder;
    }

    /** The filter for the page chain, where a token opens nothing but the API description ({@code /v3/api-docs}). */
    public static BearerTokenFilter forApiDescription(ApiTokens tokens, Accounts accounts, JsonErrors errors) {
        return new BearerTokenFilter(tokens, accounts, null, errors, API_DESCRIPTION);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return onlyUnder != null && !path(request).startsWith(onlyUnder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearerToken(request);
        Optional<Account> account =
                token.flatMap(tokens::accountFor).flatMap(accounts::findById).filter(Account::enabled);
        if (account.isPresent()) {
            if (account.get().mustChangePassword() && !isRevocation(request)) {
                errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.mustChangePassword");
                return;
            }
            AccountPrincipal principal = AccountPrincipal.of(account.get());
            principal.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
        } else if (families != null) {
            Optional<FamilyPrincipal> family = token.flatMap(families::principalFor);
            if (family.isPresent() && !path(request).startsWith(FAMILY_API)) {
                // the rest of the API does not exist for a family, as staff pages do not for a family session
                errors.write(request, response, HttpServletResponse.SC_NOT_FOUND, "request.notFound");
                return;
            }
            family.ifPresent(principal -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new FamilyAuthentication(principal));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The token of an {@code Authorization: Bearer ...} header, if there is one. */
    public static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String token = header.substring(PREFIX.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static boolean isRevocation(HttpServletRequest request) {
        return "DELETE".equals(request.getMethod()) && TOKEN_PATH.equals(path(request));
    }
}
