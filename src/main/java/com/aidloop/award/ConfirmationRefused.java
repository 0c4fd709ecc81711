package com.aidloop.award;

import java.util.List;

/** A confirmation was refused as a whole because it would break paying rules; nothing was confirmed. */
public class ConfirmationRefused extends RuntimeException {

    private final transient List<RuleBreach> breaches;

    public ConfirmationRefused(List<RuleBreach> breaches) {
        super("confirmation refused: " + breaches.stream().map(b -> b.rule().name()).distinct().toList());
        this.breaches = List.copyOf(breaches);
    }

    public List<RuleBreach> breaches() {
        return breaches;
    }
}
