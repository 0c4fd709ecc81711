package com.aidloop.identification.application.domain;

import java.time.LocalDate;

/** The written commitment (承诺书) in place of certificates: the applicant types their name and the date. */
public record Commitment(String signedName, LocalDate signedOn) {

    public Commitment {
        signedName = signedName == null ? "" : signedName.strip();
    }

    public boolean given() {
        return !signedName.isEmpty() && signedOn != null;
    }
}
