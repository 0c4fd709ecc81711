package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import org.junit.jupiter.api.Test;

/** A roster row through the special channel needs the county's approval, named under the column that said so. */
class SpecialChannelPolicyTests {

    @Test
    void anUnapprovedYesIsAnErrorUnderTheSpecialChannelColumn() {
        CheckedRow row = RowFixtures.checked(7, Rosters.pupil("李明").set(RosterColumn.SPECIAL_CHANNEL, "是"));

        SpecialChannelPolicy.apply(row, false);

        assertThat(row.problems())
                .containsExactly(RowProblem.error(7, RosterColumn.SPECIAL_CHANNEL, "award.specialChannel.notApproved"));
    }

    @Test
    void aRemarkNamingTheGreenChannelIsAnErrorUnderTheRemark() {
        CheckedRow row = RowFixtures.checked(3, Rosters.pupil("李明").set(RosterColumn.REMARK, "经绿色通道资助"));

        SpecialChannelPolicy.apply(row, false);

        assertThat(row.problems())
                .containsExactly(RowProblem.error(3, RosterColumn.REMARK, "award.specialChannel.notApprovedRemark"));
    }

    @Test
    void anApprovedStudentAndAnOrdinaryRowPass() {
        CheckedRow approved = RowFixtures.checked(2, Rosters.pupil("李明").set(RosterColumn.SPECIAL_CHANNEL, "是"));
        CheckedRow ordinary = RowFixtures.checked(3, Rosters.pupil("王芳").set(RosterColumn.SPECIAL_CHANNEL, "否"));

        SpecialChannelPolicy.apply(approved, true);
        SpecialChannelPolicy.apply(ordinary, false);

        assertThat(approved.problems()).isEmpty();
        assertThat(ordinary.problems()).isEmpty();
    }
}
