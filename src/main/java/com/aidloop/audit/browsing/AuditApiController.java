package com.aidloop.audit.browsing;

import com.aidloop.audit.AuditVerification;
import com.aidloop.audit.VerificationReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for scripted use by the audit admin. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditApiController {

    private final AuditEvents events;
    private final AuditVerification verification;

    AuditApiController(AuditEvents events, AuditVerification verification) {
        this.events = events;
        this.verification = verification;
    }

    /** Audit rows matching the filter, newest first; dates are yyyy-MM-dd in China time. */
    @GetMapping("/events")
    AuditPage events(
            @ModelAttribute AuditQuery query,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return events.find(query, page, size);
    }

    /** Walks the whole chain and reports every broken link. */
    @PostMapping("/verification")
    VerificationReport verify() {
        return verification.verify();
    }
}
