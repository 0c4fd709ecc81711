package com.aidloop.school.internal;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.school.SchoolContact;
import com.aidloop.school.SchoolRelocated;
import com.aidloop.school.SchoolView;
import java.util.ArrayList;
import java.util.List;

/**
 * A school (学校). It is opened once with its facts and later revised; moving it to another
 * township is a fact other modules hear about, since their scope filters follow the township.
 */
public final class School {

    private final Long id;
    private final int version;
    private SchoolFacts facts;
    private final List<Object> events = new ArrayList<>();

    private School(Long id, int version, SchoolFacts facts) {
        this.id = id;
        this.version = version;
        this.facts = facts;
    }

    public static School open(SchoolFacts facts) {
        return new School(null, 0, facts);
    }

    /** Rebuilds a stored school. */
    public static School restore(long id, int version, SchoolFacts facts) {
        return new School(id, version, facts);
    }

    /** Replaces the facts and returns what changed; a new township is announced. */
    public List<FieldChange> revise(SchoolFacts revised) {
        List<FieldChange> changes = revised.changesSince(facts);
        if (!revised.township().equals(facts.township())) {
            events.add(new SchoolRelocated(
                    id, facts.township().value(), revised.township().value()));
        }
        facts = revised;
        return changes;
    }

    public School stored(long newId) {
        return new School(newId, version, facts);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public SchoolFacts facts() {
        return facts;
    }

    /** Events raised since the school was loaded, to publish once it is saved. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public SchoolView view() {
        SchoolContact contact = facts.contact();
        return new SchoolView(
                id,
                facts.code().value(),
                facts.name(),
                facts.stages(),
                facts.ownership(),
                facts.township().value(),
                version,
                contact.address(),
                contact.contactName(),
                contact.phone() == null ? null : contact.phone().masked());
    }

    @Override
    public String toString() {
        return "School[" + id + " " + facts.code() + " " + facts.name() + "]";
    }
}
