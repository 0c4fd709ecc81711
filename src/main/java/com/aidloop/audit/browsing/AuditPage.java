package com.aidloop.audit.browsing;

import java.util.List;

/** One page of audit rows, newest first, and how many rows the filter matches in all. */
public record AuditPage(List<AuditEventView> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
