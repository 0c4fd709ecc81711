package com.aidloop.notification.sending;

/** What one run of the dispatcher did; {@code notSent} messages were handed to no provider. */
public record DispatchRun(int claimed, int sent, int retrying, int failed, int notSent) {

    static final DispatchRun NOTHING = new DispatchRun(0, 0, 0, 0, 0);

    DispatchRun plus(DispatchRun other) {
        return new DispatchRun(
                claimed + other.claimed,
                sent + other.sent,
                retrying + other.retrying,
                failed + other.failed,
                notSent + other.notSent);
    }
}
