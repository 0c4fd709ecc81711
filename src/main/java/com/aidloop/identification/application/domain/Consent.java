package com.aidloop.identification.application.domain;

import java.time.Instant;

/**
 * Consent to process the sensitive information of the form (purpose, who sees it, how long it is
 * kept), recorded with the version of the text, the time and who gave it. For a child under 14
 * the guardian gives it.
 *
 * @param givenBy the name of the person who consented
 * @param byGuardian given by the guardian (required for a child under 14)
 */
public record Consent(String textVersion, Instant givenAt, String givenBy, boolean byGuardian) {

    /** The version of the consent text in force (messages: identification.consent.text). */
    public static final String CURRENT_TEXT = "2026-1";

    public Consent {
        if (textVersion == null || textVersion.isBlank() || givenAt == null || givenBy == null || givenBy.isBlank()) {
            throw new IllegalArgumentException("a consent has its text version, time and who gave it");
        }
        givenBy = givenBy.strip();
    }
}
