package com.aidloop.identification.window;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A county's identification year (认定年度, e.g. 2026学年) with the dates families apply in. Open
 * from its first to its last day inclusive, unless the county closed it early.
 *
 * @param guardiansNotified how many guardians' numbers the opening notice was queued for
 */
public record IdentificationWindow(
        long id,
        String countyCode,
        int schoolYear,
        LocalDate startsOn,
        LocalDate endsOn,
        String openedBy,
        Instant openedAt,
        String closedBy,
        Instant closedAt,
        int guardiansNotified) {

    /** e.g. 2026学年 */
    public String label() {
        return label(schoolYear);
    }

    public static String label(int schoolYear) {
        return schoolYear + "学年";
    }

    public WindowState state(LocalDate today) {
        if (closedAt != null) {
            return WindowState.CLOSED;
        }
        if (today.isBefore(startsOn)) {
            return WindowState.NOT_STARTED;
        }
        return today.isAfter(endsOn) ? WindowState.ENDED : WindowState.OPEN;
    }

    public boolean openOn(LocalDate today) {
        return state(today) == WindowState.OPEN;
    }
}
