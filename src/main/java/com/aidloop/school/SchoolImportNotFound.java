package com.aidloop.school;

import com.aidloop.shared.Refusal;

/** No school import with this id lies in the caller's scope. */
public class SchoolImportNotFound extends Refusal {

    public SchoolImportNotFound(long id) {
        super(Kind.NOT_FOUND, "school.import.notFound", id);
    }
}
