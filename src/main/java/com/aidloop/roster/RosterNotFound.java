package com.aidloop.roster;

import com.aidloop.shared.Refusal;

/** A school or document the reader asked for lies outside their scope or does not exist; answered 404 either way. */
public class RosterNotFound extends Refusal {

    public RosterNotFound(String what) {
        super(Kind.NOT_FOUND, "roster.notFound", what);
    }
}
