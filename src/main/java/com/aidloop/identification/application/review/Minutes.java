package com.aidloop.identification.application.review;

import java.time.Instant;
import java.util.List;

/** A meeting's minutes as printed: the meeting and each verdict with the applicant's name. */
public record Minutes(ClassReview review, List<String> studentNames, String recordedBy, Instant recordedAt) {

    public Minutes {
        studentNames = List.copyOf(studentNames);
    }
}
