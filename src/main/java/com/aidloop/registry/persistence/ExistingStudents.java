package com.aidloop.registry.persistence;

import com.aidloop.audit.ExistingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a student exists, so that a student refused as not found in a scope shows as a request outside it. */
@Component
class ExistingStudents extends ExistingRows {

    ExistingStudents(JdbcClient jdbc) {
        super(jdbc, "student", "registry_student");
    }
}
