package com.aidloop.roster;

/** A school or document the reader asked for lies outside their scope or does not exist; answered 404 either way. */
public class RosterNotFound extends RuntimeException {

    public RosterNotFound(String what) {
        super(what + " not found or outside the reader's scope");
    }
}
