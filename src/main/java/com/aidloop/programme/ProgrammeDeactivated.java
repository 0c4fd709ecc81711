package com.aidloop.programme;

import com.aidloop.shared.Term;
import java.time.Instant;

/** A programme stopped paying after {@code lastTerm}. */
public record ProgrammeDeactivated(String programmeCode, Term lastTerm, Instant at) {}
