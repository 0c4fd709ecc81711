package com.aidloop.identification.application;

import com.aidloop.identification.StoredScore;
import com.aidloop.identification.application.domain.Application;
import java.util.List;

/** One application in full for a reviewer in scope (viewing it is audited): the form, evidence and every score. */
public record ApplicationView(
        Application application, String schoolName, List<EvidenceItem> evidence, List<StoredScore> scores) {

    public ApplicationView {
        evidence = List.copyOf(evidence);
        scores = List.copyOf(scores);
    }
}
