package com.aidloop.registry;

import com.aidloop.shared.Refusal;

/** No student with this id lies in the caller's scope; pages and the API answer 404. */
public class StudentNotFound extends Refusal {

    public StudentNotFound(long id) {
        super(Kind.NOT_FOUND, "student.notFound", id);
        about("student", id);
    }
}
