package com.aidloop.disbursement.progress.web;

/** Marks the payout API controllers whose refusals {@link PayoutApiErrors} answers as JSON. */
public interface PayoutApi {}
