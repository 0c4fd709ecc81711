package com.aidloop.comparison.worklist;

/** What a worklist page asks for: a kind, and optionally a status, route, school or township (school's or household's). */
public record WorklistFilter(WorklistKind kind, String status, String route, Long schoolId, String township) {

    public WorklistFilter {
        status = blank(status);
        route = blank(route);
        township = blank(township);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
