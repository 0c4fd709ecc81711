package com.aidloop.identification.threeparty;

/**
 * What waits for an account in three-party review, for the home page's 待办.
 *
 * @param step the step's label, e.g. 村级核实
 */
public record QueueCounts(String step, long waiting, long overdue, String link) {}
