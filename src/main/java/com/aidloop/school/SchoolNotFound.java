package com.aidloop.school;

/** No school with this id lies in the caller's scope; pages and the API answer 404. */
public class SchoolNotFound extends RuntimeException {

    public SchoolNotFound(long id) {
        super("school " + id + " not found in scope");
    }
}
