package com.aidloop.identification.application;

import com.aidloop.identification.application.domain.EvidenceFile;
import java.time.Instant;

/** One evidence file of an application as a reviewer's list shows it (the content is opened separately, audited). */
public record EvidenceItem(
        long id,
        long applicationId,
        EvidenceFile.Kind kind,
        String title,
        int sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
