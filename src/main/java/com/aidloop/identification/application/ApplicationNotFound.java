package com.aidloop.identification.application;

import com.aidloop.shared.Refusal;

/** No application of that id within the caller's reach (its existence is not revealed): 404. */
public class ApplicationNotFound extends Refusal {

    public ApplicationNotFound(long id) {
        super(Kind.NOT_FOUND, "identification.application.notFound");
        about(Applications.AUDITED_AS, id);
    }
}
