/**
 * The tamper-evident audit trail (审计日志): append-only, hash-chained records of logins, changes
 * with old and new values, full-value views and exports; readable only by the audit admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计")
package com.aidloop.audit;
