package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/** No programme has this code; pages and the API answer 404. */
public class ProgrammeNotFound extends Refusal {

    public ProgrammeNotFound(String code) {
        super(Kind.NOT_FOUND, "programme.notFound", code);
    }
}
