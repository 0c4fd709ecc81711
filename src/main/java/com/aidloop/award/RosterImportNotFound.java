package com.aidloop.award;

/** The import does not exist or lies outside the caller's scope (answered 404 either way). */
public class RosterImportNotFound extends RuntimeException {

    public RosterImportNotFound(long id) {
        super("roster import " + id + " not found");
    }
}
