package com.aidloop.award;

import com.aidloop.shared.Refusal;

/** The import does not exist or lies outside the caller's scope (answered 404 either way). */
public class RosterImportNotFound extends Refusal {

    public RosterImportNotFound(long id) {
        super(Kind.NOT_FOUND, "award.import.notFound", id);
        about("roster_import", id);
    }
}
