package com.aidloop.school;

import com.aidloop.shared.Refusal;

/** No school with this id lies in the caller's scope; pages and the API answer 404. */
public class SchoolNotFound extends Refusal {

    public SchoolNotFound(long id) {
        super(Kind.NOT_FOUND, "school.notFound", id);
        about("school", id);
    }
}
