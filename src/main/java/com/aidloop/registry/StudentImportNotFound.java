package com.aidloop.registry;

import com.aidloop.shared.Refusal;

/** No student-registration import with this id lies in the caller's scope. */
public class StudentImportNotFound extends Refusal {

    public StudentImportNotFound(long id) {
        super(Kind.NOT_FOUND, "registry.import.notFound", id);
    }
}
