package com.aidloop.registry.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.registry.CardChangeCarrier;
import com.aidloop.registry.CardChangeRefused;
import com.aidloop.registry.CardChangeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student in the registry (学生) with the household and the aid card. Registered once, then
 * revised as a whole; every revision says what changed, masked, for the audit trail. The
 * household always follows {@link HouseholdPolicy}. The aid card, which money follows, changes
 * only through an {@link AidCardChange} that a second person approved.
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

    /**
     * Asks for another aid card (or none): the record keeps its card until a second person approves
     * the change. Empty when {@code requested} is the card the student holds.
     */
    public Optional<AidCardChange> requestCard(AidCard requested, String by, Instant at, CardChangeCarrier carrier) {
        if (id == null) {
            throw new IllegalStateException("a card change is asked for a registered student");
        }
        if (Objects.equals(aidCard, requested)) {
            return Optional.empty();
        }
        return Optional.of(AidCardChange.request(id, aidCard, requested, by, at, carrier));
    }

    /**
     * Puts the card of an approved change on the record, and returns the changes, masked. Refused
     * when the student no longer holds the card the change started from.
     */
    public List<FieldChange> takeApprovedCard(AidCardChange change) {
        if (change.status() != CardChangeStatus.APPROVED || !Objects.equals(change.studentId(), id)) {
            throw new IllegalStateException("not an approved change of student " + id + ": " + change);
        }
        if (!change.startsFrom(aidCard)) {
            throw CardChangeRefused.studentCardChanged(
                    aidCard == null ? null : aidCard.number().masked());
        }
        List<FieldChange> changes = StudentChanges.ofCard(aidCard, change.newCard());
        this.aidCard = change.newCard();
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
        return "Student[" + id + " v" + version + " " + facts + " household " + household.size() + " card " + aidCard
                + "]";
    }
}
