package com.aidloop.school.internal;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.school.SchoolChangedMeanwhile;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes schools the one way the form, the API and the import share: a new school is inserted
 * and audited with all its facts, a revised one saved at the version it was read with, its events
 * published and its changes audited (old → new, the phone masked). Callers check scope, township
 * and code first and run inside their transaction.
 */
@Component
public class SchoolWriter {

    private final SchoolRepository schools;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SchoolWriter(SchoolRepository schools, AuditTrail audit, ApplicationEventPublisher events) {
        this.schools = schools;
        this.audit = audit;
        this.events = events;
    }

    /** Inserts a new school; a taken code surfaces as Spring's DuplicateKeyException. */
    public School create(SchoolFacts facts, String summary) {
        School school = schools.insert(School.open(facts));
        audit.record(AuditRecord.of("CREATE", "school", school.id(), summary).withChanges(facts.changesSince(null)));
        return school;
    }

    /**
     * Saves a school revised since it was read, with the changes {@code School.revise} returned.
     *
     * @throws SchoolChangedMeanwhile when someone saved the school in between
     */
    public void save(School school, List<FieldChange> changes, String summary) {
        if (!schools.update(school)) {
            throw new SchoolChangedMeanwhile(school.id());
        }
        school.events().forEach(events::publishEvent);
        audit.record(AuditRecord.of("UPDATE", "school", school.id(), summary).withChanges(changes));
    }
}
