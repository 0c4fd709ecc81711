package com.aidloop.identification.application.review;

/** The verdict on one application with the votes and a short opinion (no income, health or evidence). */
public record VerdictLine(
        long applicationId, Verdict verdict, int votesFor, int votesAgainst, int votesAbstain, String opinion) {

    public VerdictLine {
        opinion = opinion == null ? "" : opinion.strip();
        if (opinion.length() > 200) {
            opinion = opinion.substring(0, 200);
        }
    }
}
