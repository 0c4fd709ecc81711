package com.aidloop.programme;

/** No programme has this code; pages and the API answer 404. */
public class ProgrammeNotFound extends RuntimeException {

    public ProgrammeNotFound(String code) {
        super("programme " + code + " not found");
    }
}
