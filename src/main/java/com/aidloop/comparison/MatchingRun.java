package com.aidloop.comparison;

/**
 * What one matching run found: matches new since the last run, ended (the person no longer on a
 * current list), stayed, and how many of the new are held because the names differ. Of the
 * stayed, {@code rewritten} were written because a fact they copy changed (a name, an
 * attribute, a newer as-of date, the student's school); the others were left untouched. A run
 * after an import counts only the persons the import touched.
 */
public record MatchingRun(long id, int added, int ended, int stayed, int held, int rewritten) {}
