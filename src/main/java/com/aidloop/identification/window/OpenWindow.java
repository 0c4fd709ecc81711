package com.aidloop.identification.window;

import java.time.LocalDate;

/**
 * A window a student may apply in now: the county's for all its students, or a late one the
 * school opened for this student.
 *
 * @param windowId the identification year's window (the late window belongs to it too)
 * @param lateReason why the school opened it late, or null for the county's window
 */
public record OpenWindow(long windowId, int schoolYear, LocalDate startsOn, LocalDate endsOn, String lateReason) {

    public boolean late() {
        return lateReason != null;
    }

    /** e.g. 2026学年 */
    public String label() {
        return IdentificationWindow.label(schoolYear);
    }
}
