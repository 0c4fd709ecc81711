package com.aidloop.disbursement;

import com.aidloop.shared.Term;

/**
 * The search of the batch list; blank fields are no filter.
 *
 * @param region a division code whose subtree the township lies in (county, township), or null
 */
public record BatchFilter(Term term, String region, String programmeCode, BatchStatus status) {}
