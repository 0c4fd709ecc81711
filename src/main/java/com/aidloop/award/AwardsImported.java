package com.aidloop.award;

import com.aidloop.shared.Term;

/** A roster import was committed: awards of the term were created or updated. */
public record AwardsImported(long importId, Term term, int created, int updated, int studentsRegistered) {}
