package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import com.aidloop.award.domain.ExistingAwardPolicy.Outcome;
import com.aidloop.iam.DataScope;
import org.junit.jupiter.api.Test;

class ExistingAwardPolicyTests {

    private static final DataScope COUNTY = DataScope.region("430626");
    private static final DataScope SANSHI_SCHOOL = DataScope.school(FakeLookups.SANSHI_PRIMARY.id());

    private final CheckedRow row = RowFixtures.checked(7, Rosters.pupil("李明"));

    private static ExistingAward at(com.aidloop.school.SchoolView school, String digest) {
        return new ExistingAward(100, school.id(), school.townshipCode(), school.name(), digest);
    }

    @Test
    void createsWhenNothingExists() {
        assertThat(ExistingAwardPolicy.decide(row, null, "d1", false, COUNTY)).isEqualTo(Outcome.CREATE);
    }

    @Test
    void theSameFactsAgainChangeNothingWhateverTheOption() {
        assertThat(ExistingAwardPolicy.decide(row, at(FakeLookups.SANSHI_PRIMARY, "d1"), "d1", false, COUNTY))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(ExistingAwardPolicy.decide(row, at(FakeLookups.SANSHI_PRIMARY, "d1"), "d1", true, COUNTY))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(row.problems()).isEmpty();
    }

    @Test
    void differentFactsAtTheSameSchoolNeedTheUpdateOption() {
        assertThat(ExistingAwardPolicy.decide(row, at(FakeLookups.SANSHI_PRIMARY, "d0"), "d1", false, COUNTY))
                .isEqualTo(Outcome.REFUSED);
        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("award.exists");

        CheckedRow again = RowFixtures.checked(7, Rosters.pupil("李明"));
        assertThat(ExistingAwardPolicy.decide(again, at(FakeLookups.SANSHI_PRIMARY, "d0"), "d1", true, COUNTY))
                .isEqualTo(Outcome.UPDATE);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void anAwardAtAnotherSchoolIsDoubleAidAndNamedOnlyToThoseWhoSeeThatSchool() {
        assertThat(ExistingAwardPolicy.decide(row, at(FakeLookups.ANDING_PRIMARY, "d0"), "d1", true, SANSHI_SCHOOL))
                .isEqualTo(Outcome.REFUSED);
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("award.doubleAid.hidden");
            assertThat(p.args()).doesNotContain(FakeLookups.ANDING_PRIMARY.name());
        });

        CheckedRow seen = RowFixtures.checked(7, Rosters.pupil("李明"));
        assertThat(ExistingAwardPolicy.decide(seen, at(FakeLookups.ANDING_PRIMARY, "d0"), "d1", false, COUNTY))
                .isEqualTo(Outcome.REFUSED);
        assertThat(seen.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("award.doubleAid.visible");
            assertThat(p.args()).contains(FakeLookups.ANDING_PRIMARY.name());
        });
    }

    @Test
    void countyStaffMayMoveAnAwardToTheNewSchoolOfATransferredStudent() {
        assertThat(ExistingAwardPolicy.decide(row, at(FakeLookups.ANDING_PRIMARY, "d0"), "d1", true, COUNTY))
                .isEqualTo(Outcome.UPDATE);
        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("award.movedSchool");
        assertThat(row.hasErrors()).isFalse();
    }

    @Test
    void aConfirmedAwardIsNeverChangedNorMovedByAnImport() {
        ExistingAward confirmed = new ExistingAward(
                100,
                FakeLookups.SANSHI_PRIMARY.id(),
                FakeLookups.SANSHI_PRIMARY.townshipCode(),
                FakeLookups.SANSHI_PRIMARY.name(),
                "d0",
                true);
        assertThat(ExistingAwardPolicy.decide(row, confirmed, "d1", true, COUNTY))
                .isEqualTo(Outcome.REFUSED);
        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("confirmation.import.confirmed");

        CheckedRow same = RowFixtures.checked(7, Rosters.pupil("李明"));
        assertThat(ExistingAwardPolicy.decide(same, confirmed, "d0", true, COUNTY))
                .isEqualTo(Outcome.UNCHANGED);

        CheckedRow elsewhere = RowFixtures.checked(7, Rosters.pupil("李明"));
        ExistingAward confirmedElsewhere = new ExistingAward(
                100,
                FakeLookups.ANDING_PRIMARY.id(),
                FakeLookups.ANDING_PRIMARY.townshipCode(),
                FakeLookups.ANDING_PRIMARY.name(),
                "d0",
                true);
        assertThat(ExistingAwardPolicy.decide(elsewhere, confirmedElsewhere, "d1", true, COUNTY))
                .isEqualTo(Outcome.REFUSED);
        assertThat(elsewhere.problems()).extracting(RowProblem::code).containsExactly("confirmation.import.confirmed");
    }
}
