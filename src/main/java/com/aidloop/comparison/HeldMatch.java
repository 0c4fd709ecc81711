package com.aidloop.comparison;

import java.time.LocalDate;

/** A match whose names do not agree, waiting for a person to confirm or reject it. */
public record HeldMatch(
        long id,
        long studentId,
        String studentName,
        String idNumberMasked,
        String via,
        String registeredName,
        String listName,
        String categoryName,
        String source,
        LocalDate asOf) {}
