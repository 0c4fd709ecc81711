package com.aidloop.iam.token;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.Username;
import com.aidloop.iam.login.AccountPrincipal;
import com.aidloop.iam.login.LoginAttempts;
import com.aidloop.iam.login.PlatformStarting;
import com.aidloop.iam.secondfactor.SecondFactorGate;
import com.aidloop.iam.secondfactor.SecondFactors;
import com.aidloop.iam.security.IamProperties;
import com.aidloop.iam.token.ApiTokens.IssuedToken;
import com.aidloop.platform.Problems;
import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues and revokes API tokens. Issuing follows the same lockout rules and gives the same
 * neutral refusal as the login page.
 */
@RestController
class TokenController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final SecondFactors secondFactors;
    private final LoginAttempts attempts;
    private final boolean secondFactorRequired;

    TokenController(
            AuthenticationManager authentication,
            ApiTokens tokens,
            AuditTrail audit,
            SecondFactors secondFactors,
            LoginAttempts attempts,
            IamProperties properties) {
        this.attempts = attempts;
        this.authentication = authentication;
        this.tokens = tokens;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.secondFactorRequired = properties.secondFactorRequired();
    }

    @PostMapping(BearerTokenFilter.TOKEN_PATH)
    ResponseEntity<?> issue(@RequestBody(required = false) TokenRequest request, HttpServletRequest http) {
        AccountPrincipal principal;
        try {
            principal = (AccountPrincipal) authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                            request == null ? "" : request.username(), request == null ? "" : request.password()))
                    .getPrincipal();
        } catch (PlatformStarting e) {
            return refused(HttpStatus.SERVICE_UNAVAILABLE, PlatformStarting.CODE);
        } catch (AuthenticationException e) {
            return refused(HttpStatus.UNAUTHORIZED, "login.failed");
        }
        if (principal.mustChangePassword()) {
            return refused(HttpStatus.FORBIDDEN, "api.mustChangePassword");
        }
        if (secondFactors.isEnrolled(principal.id())) {
            if (request.code() == null || request.code().isBlank()) {
                return refused(HttpStatus.UNAUTHORIZED, "secondFactor.api.codeRequired");
            }
            if (!secondFactors.verify(principal.id(), request.code())) {
                attempts.recordFailure(Username.key(principal.getUsername()), http.getRemoteAddr());
                audit.record(AuditRecord.of(
                        "LOGIN_FAILURE", "account", principal.id(), Messages.format("secondFactor.audit.wrongCode")));
                return refused(HttpStatus.UNAUTHORIZED, "login.failed");
            }
        } else if (secondFactorRequired && !Collections.disjoint(principal.roles(), SecondFactorGate.REQUIRED_FOR)) {
            return refused(HttpStatus.FORBIDDEN, "secondFactor.api.enrolFirst");
        }
        IssuedToken issued = tokens.issue(principal.id());
        audit.record(AuditRecord.of("TOKEN_ISSUE", "account", principal.id(), Messages.format("token.audit.issued"))
                .by(principal.getUsername()));
        return ResponseEntity.ok(issued);
    }

    @DeleteMapping(BearerTokenFilter.TOKEN_PATH)
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request) {
        BearerTokenFilter.bearerToken(request).ifPresent(tokens::revoke);
        audit.record(AuditRecord.of("TOKEN_REVOKE", "account", principal.id(), Messages.format("token.audit.revoked")));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(Problems.of(status, code));
    }

    /** The body of a token request. */
    record TokenRequest(String username, String password, String code) {}
}
