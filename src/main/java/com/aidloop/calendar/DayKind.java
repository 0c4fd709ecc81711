package com.aidloop.calendar;

/** What an entry of the calendar makes of its day, against the plain Monday-to-Friday week. */
public enum DayKind {
    /** A statutory holiday or a day of its arrangement (放假): not a working day, even on a weekday. */
    HOLIDAY("放假"),
    /** An adjusted working day (调休上班): a working day, even on a weekend. */
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
