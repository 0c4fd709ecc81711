package com.aidloop.shared;

import static org.assertj.core.api.Assertions.fail;

/** Runs a parse that must fail and hands back the {@link InvalidValue} for its code and text. */
final class Rejection {

    private Rejection() {}

    static InvalidValue of(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidValue rejected) {
            return rejected;
        }
        return fail("expected an InvalidValue, but the value was accepted");
    }
}
