package com.aidloop.registry.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A student in the registry (学生) with the household and the aid card. Registered once, then
 * revised as a whole; every revision says what changed, masked, for the audit trail. The
 * household always follows {@link HouseholdPolicy}.
 */
public final class Student {

    private final Long id;
    private final int version;
    private StudentFacts facts;
    private List<HouseholdMember> household;
    private AidCard aidCard;

    private Student(Long id, int version, StudentFacts facts, List<HouseholdMember> household, AidCard aidCard) {
        this.id = id;
        this.version = version;
        this.facts = Objects.requireNonNull(facts);
        this.household = List.copyOf(household);
        this.aidCard = aidCard;
    }

    public static Student register(StudentFacts facts, List<HouseholdMember> household, AidCard aidCard) {
        HouseholdPolicy.require(facts.document(), household);
        return new Student(null, 0, facts, household, aidCard);
    }

    /** Rebuilds a stored student. */
    public static Student restore(
            long id, int version, StudentFacts facts, List<HouseholdMember> household, AidCard aidCard) {
        return new Student(id, version, facts, household, aidCard);
    }

    /** Replaces what describes the student and returns the changes, masked; empty if none. */
    public List<FieldChange> revise(StudentFacts revised, List<HouseholdMember> revisedHousehold, AidCard revisedCard) {
        HouseholdPolicy.require(revised.document(), revisedHousehold);
        List<FieldChange> changes = StudentChanges.between(this, revised, revisedHousehold, revisedCard);
        this.facts = revised;
        this.household = List.copyOf(revisedHousehold);
        this.aidCard = revisedCard;
        return changes;
    }

    /** Everything set at registration, as changes from nothing, masked. */
    public List<FieldChange> registration() {
        return StudentChanges.between(null, facts, household, aidCard);
    }

    /** The same student with the ids the store gave it and its members. */
    public Student stored(long newId, List<Long> memberIds) {
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < household.size(); i++) {
            members.add(household.get(i).withId(memberIds.get(i)));
        }
        return new Student(newId, version, facts, members, aidCard);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public StudentFacts facts() {
        return facts;
    }

    public List<HouseholdMember> household() {
        return household;
    }

    /** The aid card, or null when none is registered yet. */
    public AidCard aidCard() {
        return aidCard;
    }

    @Override
    public String toString() {
        return "Student[" + id + " v" + version + " " + facts + " household " + household.size() + " card " + aidCard + "]";
    }
}
