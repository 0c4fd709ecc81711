package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/** No standing exclusion group has this id inside the caller's scope; pages and the API answer 404. */
public class ExclusionNotFound extends Refusal {

    public ExclusionNotFound(long id) {
        super(Kind.NOT_FOUND, "paying.exclusion.notFound", id);
    }
}
