package com.aidloop.privacy.internal;

/** The keys a production deployment needs are missing or cannot be used; said in one line at start. */
class UnusableKeys extends IllegalStateException {

    UnusableKeys(String message) {
        super(message);
    }
}
