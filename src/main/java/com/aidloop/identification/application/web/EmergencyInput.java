package com.aidloop.identification.application.web;

/** An emergency row. */
public class EmergencyInput {
    private String kind = "";
    private String date = "";
    private String note = "";

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String v) {
        date = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        note = v;
    }
}
