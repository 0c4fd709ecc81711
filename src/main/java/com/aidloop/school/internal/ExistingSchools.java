package com.aidloop.school.internal;

import com.aidloop.audit.ExistingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a school exists, so that a school refused as not found in a scope shows as a request outside it. */
@Component
class ExistingSchools extends ExistingRows {

    ExistingSchools(JdbcClient jdbc) {
        super(jdbc, "school", "school_school");
    }
}
