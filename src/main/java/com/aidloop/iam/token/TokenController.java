package com.aidloop.iam.token;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.account.IamMessages;
import com.aidloop.iam.login.AccountPrincipal;
import com.aidloop.iam.token.ApiTokens.IssuedToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

    TokenController(AuthenticationManager authentication, ApiTokens tokens, AuditTrail audit) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping(BearerTokenFilter.TOKEN_PATH)
    ResponseEntity<?> issue(@RequestBody(required = false) TokenRequest request) {
        AccountPrincipal principal;
        try {
            principal = (AccountPrincipal) authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                            request == null ? "" : request.username(), request == null ? "" : request.password()))
                    .getPrincipal();
        } catch (AuthenticationException e) {
            return message(HttpStatus.UNAUTHORIZED, "login.failed");
        }
        if (principal.mustChangePassword()) {
            return message(HttpStatus.FORBIDDEN, "api.mustChangePassword");
        }
        IssuedToken issued = tokens.issue(principal.id());
        audit.record(AuditRecord.of("TOKEN_ISSUE", "account", principal.id(), IamMessages.format("token.audit.issued"))
                .by(principal.getUsername()));
        return ResponseEntity.ok(issued);
    }

    @DeleteMapping(BearerTokenFilter.TOKEN_PATH)
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request) {
        BearerTokenFilter.bearerToken(request).ifPresent(tokens::revoke);
        audit.record(AuditRecord.of("TOKEN_REVOKE", "account", principal.id(), IamMessages.format("token.audit.revoked")));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String code) {
        return ResponseEntity.status(status).body(Map.of("message", IamMessages.format(code)));
    }

    /** The body of a token request. */
    record TokenRequest(String username, String password) {}
}
