package com.aidloop.comparison;

/**
 * What one matching run found: matches new since the last run, ended (the person no longer on a
 * current list), stayed, and how many of the new are held because the names differ.
 */
public record MatchingRun(long id, int added, int ended, int stayed, int held) {}
