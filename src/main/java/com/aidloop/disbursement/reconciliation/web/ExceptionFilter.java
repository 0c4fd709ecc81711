package com.aidloop.disbursement.reconciliation.web;

/** The status filter of the exceptions lists: open (the default), resolved or all. */
final class ExceptionFilter {

    private ExceptionFilter() {}

    /** true for open ones, false for resolved ones, null for all. */
    static Boolean open(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("open")) {
            return true;
        }
        return status.equalsIgnoreCase("resolved") ? Boolean.FALSE : null;
    }
}
