package com.aidloop.registry;

/** No student with this id lies in the caller's scope; pages and the API answer 404. */
public class StudentNotFound extends RuntimeException {

    public StudentNotFound(long id) {
        super("student " + id + " not found in scope");
    }
}
