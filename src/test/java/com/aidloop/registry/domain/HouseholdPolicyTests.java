package com.aidloop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aidloop.registry.People;
import com.aidloop.registry.Relation;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdPolicyTests {

    private final IdentityDocument student = IdentityDocument.of(IdDocumentType.RESIDENT_ID_CARD, People.childId(true));

    private static HouseholdMember member(Relation relation, boolean guardian, String idNumber, String phone) {
        return new HouseholdMember(
                null,
                "张桂兰",
                relation,
                guardian,
                idNumber == null ? null : IdentityDocument.of(IdDocumentType.RESIDENT_ID_CARD, idNumber),
                phone == null ? null : new PhoneNumber(phone),
                null,
                null,
                null);
    }

    private static HouseholdMember father() {
        return member(Relation.FATHER, true, People.idNumber(1984, true), People.mobile());
    }

    @Test
    void aStudentWithoutAnyHouseholdMemberIsAllowed() {
        assertThat(HouseholdPolicy.check(student, List.of())).isEmpty();
    }

    @Test
    void aListedHouseholdNamesAtLeastOneGuardian() {
        var mother = member(Relation.MOTHER, false, People.idNumber(1986, false), null);

        assertThat(HouseholdPolicy.check(student, List.of(mother)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("household", "member.guardian.required"));
        assertThat(HouseholdPolicy.check(student, List.of(mother, father()))).isEmpty();
    }

    @Test
    void aGuardianCanBeReachedByPhone() {
        var grandmother = member(Relation.GRANDMOTHER, true, null, null);

        assertThat(HouseholdPolicy.check(student, List.of(grandmother)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("household[0].phone", "member.guardian.phoneRequired"));
    }

    @Test
    void aHouseholdHasOneFatherAtMost() {
        assertThat(HouseholdPolicy.check(student, List.of(father(), father())))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("household[1].relation", "member.relation.onlyOne"));
    }

    @Test
    void aMemberIsNotTheStudentHimself() {
        var self = member(Relation.SIBLING, false, student.number(), null);

        assertThat(HouseholdPolicy.check(student, List.of(father(), self)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("household[1].idNumber", "member.idNumber.sameAsStudent"));
    }

    @Test
    void twoMembersDoNotShareAnIdNumber() {
        String id = People.idNumber(1950, false);
        var grandmother = member(Relation.GRANDMOTHER, false, id, null);
        var again = member(Relation.MATERNAL_GRANDMOTHER, false, id, null);

        assertThat(HouseholdPolicy.check(student, List.of(father(), grandmother, again)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("household[2].idNumber");
                    assertThat(p.code()).isEqualTo("member.idNumber.duplicate");
                    assertThat(p.args()).containsExactly(2);
                });
    }

    @Test
    void aFathersIdNumberIsAMansAndAMothersAWomans() {
        var fatherWithWomansId = member(Relation.FATHER, true, People.idNumber(1984, false), People.mobile());
        var motherWithMansId = member(Relation.MOTHER, false, People.idNumber(1986, true), null);
        var siblingAnyGender = member(Relation.SIBLING, false, People.idNumber(2010, false), null);

        assertThat(HouseholdPolicy.check(student, List.of(fatherWithWomansId, motherWithMansId, siblingAnyGender)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        tuple("household[0].idNumber", "member.idNumber.genderMismatch"),
                        tuple("household[1].idNumber", "member.idNumber.genderMismatch"));
    }

    @Test
    void aHouseholdListsFifteenMembersAtMost() {
        List<HouseholdMember> many =
                new ArrayList<>(Collections.nCopies(15, member(Relation.OTHER, false, null, null)));
        many.set(0, father());
        assertThat(HouseholdPolicy.check(student, many)).isEmpty();

        many.add(member(Relation.OTHER, false, null, null));
        assertThat(HouseholdPolicy.check(student, many))
                .extracting(FieldProblem::code)
                .containsExactly("member.tooMany");
    }
}
