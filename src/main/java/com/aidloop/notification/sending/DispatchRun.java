package com.aidloop.notification.sending;

/** What one run of the dispatcher did. */
public record DispatchRun(int claimed, int sent, int retrying, int failed) {

    static final DispatchRun NOTHING = new DispatchRun(0, 0, 0, 0);

    DispatchRun plus(DispatchRun other) {
        return new DispatchRun(claimed + other.claimed, sent + other.sent, retrying + other.retrying, failed + other.failed);
    }
}
