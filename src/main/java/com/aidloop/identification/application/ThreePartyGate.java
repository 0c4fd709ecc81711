package com.aidloop.identification.application;

import com.aidloop.identification.application.domain.Application;

/**
 * Where a school's decision goes next: implemented by three-party review (三方会审), which knows
 * the stages its county sends to the village, township and county. Without an implementation a
 * decision is final at once.
 */
public interface ThreePartyGate {

    /** Whether the school's decision on this application goes on to three-party review. */
    boolean reviews(Application decided);

    /**
     * Starts (or, after a return to the school or an adjustment of an approved application, starts
     * over at the village) the review of an application sent to it.
     */
    void started(Application sent);
}
