package com.aidloop.iam.login;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records a logout in the audit trail before the session ends. */
public class LogoutAudit implements LogoutHandler {

    private final AuditTrail audit;

    public LogoutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(AuditRecord.of("LOGOUT", "account", principal.id(), Messages.format("logout.audit"))
                    .by(principal.getUsername()));
        }
    }
}
