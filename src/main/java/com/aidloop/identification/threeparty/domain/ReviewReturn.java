package com.aidloop.identification.threeparty.domain;

import java.time.Instant;

/** The last return of a review: from which step, to whom, why, by whom and when. */
public record ReviewReturn(ReviewStep from, ReturnTarget to, String reason, String by, Instant at) {}
