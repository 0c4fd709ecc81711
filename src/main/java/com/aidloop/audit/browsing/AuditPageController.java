package com.aidloop.audit.browsing;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.audit.AuditVerification;
import com.aidloop.audit.refusal.RefusalKind;
import com.aidloop.platform.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit admin's page: the filtered, paged trail, its export, and the integrity check. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPageController {

    private final AuditEvents events;
    private final AuditVerification verification;
    private final AuditTrail trail;
    private final ChinaTime time;

    AuditPageController(AuditEvents events, AuditVerification verification, AuditTrail trail, ChinaTime time) {
        this.events = events;
        this.verification = verification;
        this.trail = trail;
        this.time = time;
    }

    /** The kinds of refusal the filter offers, each an action {@code REFUSED_…}. */
    @ModelAttribute("refusalKinds")
    RefusalKind[] refusalKinds() {
        return RefusalKind.values();
    }

    @GetMapping
    String list(
            @ModelAttribute("query") AuditQuery query,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            Model model) {
        model.addAttribute("result", events.find(query, page, size));
        return "audit/list";
    }

    @PostMapping("/verification")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("report", verification.verify());
        if (htmx != null) {
            return "audit/list :: verification";
        }
        model.addAttribute("query", AuditQuery.everything());
        model.addAttribute("result", events.find(AuditQuery.everything(), 1, 20));
        return "audit/list";
    }

    /** The filtered trail as CSV (UTF-8 with BOM, so that Excel reads the Chinese); itself audited. */
    @GetMapping("/export")
    void export(@ModelAttribute("query") AuditQuery query, HttpServletResponse response) throws IOException {
        trail.record(AuditRecord.of("EXPORT", "audit_event", null, "导出审计日志（条件：" + query.describe() + "）"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + time.today() + ".csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.write('\ufeff');
        out.write(AuditCsv.HEADER);
        events.each(query, event -> out.write(AuditCsv.row(event, time)));
        out.flush();
    }
}
