package com.aidloop.programme;

import com.aidloop.shared.Term;
import java.time.Instant;

/** A new standard (or a correction) was recorded for a programme's tier from a term. */
public record StandardRecorded(String programmeCode, String tierCode, Term validFrom, Instant recordedAt) {}
