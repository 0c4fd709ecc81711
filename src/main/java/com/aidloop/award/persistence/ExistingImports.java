package com.aidloop.award.persistence;

import com.aidloop.audit.ExistingRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the audit trail whether a roster import exists, so that an import refused as not found in a scope shows as a request outside it. */
@Component
class ExistingImports extends ExistingRows {

    ExistingImports(JdbcClient jdbc) {
        super(jdbc, "roster_import", "award_import");
    }
}
