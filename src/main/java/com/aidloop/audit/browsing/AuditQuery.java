package com.aidloop.audit.browsing;

import com.aidloop.audit.refusal.RefusalKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit admin's filter: by actor, action, object, a range of calendar days in the display zone ({@code ChinaTime}), and
 * refusals ({@code refusal}: {@value #ALL_REFUSALS} for every kind, or one {@link RefusalKind} by
 * name). Empty fields do not filter.
 */
public record AuditQuery(
        String actor,
        String action,
        String objectType,
        String objectId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String refusal) {

    /** The {@code refusal} value that selects every kind of refusal. */
    public static final String ALL_REFUSALS = "ALL";

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        refusal = blankToNull(refusal);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /**
     * The actions the refusal filter selects, comma-separated, or null when it does not filter;
     * an unknown kind selects nothing rather than everything.
     */
    String refusalActions() {
        if (refusal == null) {
            return null;
        }
        if (ALL_REFUSALS.equalsIgnoreCase(refusal)) {
            return String.join(",", RefusalKind.actions());
        }
        return RefusalKind.named(refusal).map(RefusalKind::action).orElse("");
    }

    /** The first moment of the {@code from} day in the zone staff read dates in. */
    OffsetDateTime fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first moment after the {@code to} day in the zone staff read dates in. */
    OffsetDateTime toInstantExclusive(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** The filter in words, for the record of an export. */
    String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "操作人", actor);
        append(text, "操作", action);
        append(text, "对象类型", objectType);
        append(text, "对象标识", objectId);
        append(text, "开始日期", from == null ? null : from.toString());
        append(text, "结束日期", to == null ? null : to.toString());
        append(text, "拒绝类型", refusal);
        return text.isEmpty() ? "全部" : text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null) {
            if (!text.isEmpty()) {
                text.append("，");
            }
            text.append(label).append('=').append(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
