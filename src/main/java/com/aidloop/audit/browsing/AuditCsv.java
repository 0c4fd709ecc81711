package com.aidloop.audit.browsing;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.platform.ChinaTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit export as CSV. Every cell is quoted, and a cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a line break) is prefixed with an apostrophe.
 */
final class AuditCsv {

    static final String HEADER = "编号,时间,操作人,IP地址,操作,对象类型,对象标识,摘要,变更\r\n";

    private AuditCsv() {}

    static String row(AuditEventView event, ChinaTime time) {
        return String.join(
                        ",",
                        List.of(
                                cell(Long.toString(event.id())),
                                cell(time.second(event.occurredAt())),
                                cell(event.actor()),
                                cell(event.clientIp()),
                                cell(event.action()),
                                cell(event.objectType()),
                                cell(event.objectId()),
                                cell(event.summary()),
                                cell(changes(event.changes()))))
                + "\r\n";
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> c.field() + "：" + nullToEmpty(c.oldValue()) + " → " + nullToEmpty(c.newValue()))
                .collect(Collectors.joining("；"));
    }

    static String cell(String value) {
        String text = nullToEmpty(value);
        if (!text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
