package com.aidloop.disbursement.progress.web;

/** Marks the payout pages (progress, deadlines, integrity) whose refusals {@link PayoutPageErrors} renders. */
public interface PayoutPage {}
