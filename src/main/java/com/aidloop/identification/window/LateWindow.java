package com.aidloop.identification.window;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A late window a school opened for one student of an identification year, with its reason
 * (e.g. 突发困难): open from the day it was opened until its last day.
 */
public record LateWindow(
        long id,
        long windowId,
        long studentId,
        long schoolId,
        String reason,
        LocalDate endsOn,
        String openedBy,
        Instant openedAt) {}
