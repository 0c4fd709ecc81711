package com.aidloop.disbursement.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.disbursement.BatchAlreadyApproved;
import com.aidloop.disbursement.BatchAlreadyExported;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchNotApproved;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchTotalsMismatch;
import com.aidloop.disbursement.Contribution;
import com.aidloop.disbursement.ContributorCannotApprove;
import com.aidloop.disbursement.CreatorCannotApprove;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutBatchTests {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final BatchContributor REMOVED_BY_COUNTY2 =
            new BatchContributor("county2", Contribution.REMOVED_LINE, NOW);
    private static final ControlTotals THREE = new ControlTotals(3, Money.yuan("1062.50"));

    private static PayoutBatch draft() {
        return new PayoutBatch(
                1,
                0,
                "PB2026A000001",
                Term.parse("2026-AUTUMN"),
                "430626102",
                "PRIMARY_LIVING_SUBSIDY",
                "生活补助",
                BatchStatus.DRAFT,
                THREE,
                "county",
                NOW,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new BatchContributor("county", Contribution.CREATED, NOW)));
    }

    @Test
    void someoneOtherThanTheCreatorApprovesADraftWhoseLinesMatchTheControlTotals() {
        PayoutBatch batch = draft();
        batch.approve("county2", NOW, THREE);
        assertThat(batch.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(batch.approvedBy()).isEqualTo("county2");
        assertThat(batch.approvedAt()).isEqualTo(NOW);
    }

    @Test
    void theCreatorNeverApproves() {
        PayoutBatch batch = draft();
        assertThatThrownBy(() -> batch.approve("county", NOW, THREE)).isInstanceOf(CreatorCannotApprove.class);
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
    }

    @Test
    void whoeverReissuedAPaymentIntoTheBatchNeverApprovesIt() {
        PayoutBatch batch = draft();
        batch.addLine(Money.yuan("250.00"), new BatchContributor("county2", Contribution.REISSUED, NOW));
        ControlTotals four = new ControlTotals(4, Money.yuan("1312.50"));

        assertThatThrownBy(() -> batch.approve("county2", NOW, four))
                .isInstanceOf(ContributorCannotApprove.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("重新发放")
                .contains("不能审核");
        assertThatThrownBy(() -> batch.approve("county", NOW, four)).isInstanceOf(CreatorCannotApprove.class);
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
        batch.approve("county3", NOW, four);
        assertThat(batch.approvedBy()).isEqualTo("county3");
    }

    @Test
    void aBatchAsStoredRefusesEachOfItsContributors() {
        PayoutBatch batch = new PayoutBatch(
                4,
                2,
                "PB2026A000004",
                Term.parse("2026-AUTUMN"),
                "430626102",
                "PRIMARY_LIVING_SUBSIDY",
                "生活补助",
                BatchStatus.DRAFT,
                THREE,
                "county",
                NOW,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new BatchContributor("county", Contribution.CREATED, NOW),
                        new BatchContributor("county", Contribution.REISSUED, NOW),
                        new BatchContributor("county2", Contribution.REISSUED, NOW)));

        assertThatThrownBy(() -> batch.approve("county2", NOW, THREE)).isInstanceOf(ContributorCannotApprove.class);
        assertThat(batch.contributors()).hasSize(3);
        batch.addLine(Money.yuan("250.00"), new BatchContributor("county2", Contribution.REISSUED, NOW));
        assertThat(batch.takeNewContributors())
                .as("a contribution already known is not recorded twice")
                .isEmpty();
    }

    @Test
    void refusesASecondApproval() {
        PayoutBatch batch = draft();
        batch.approve("county2", NOW, THREE);
        assertThatThrownBy(() -> batch.approve("county3", NOW, THREE)).isInstanceOf(BatchAlreadyApproved.class);
    }

    @Test
    void refusesApprovalAndExportWhenTheLinesDoNotMatchTheControlTotals() {
        PayoutBatch batch = draft();
        ControlTotals tampered = new ControlTotals(3, Money.yuan("1062.51"));
        assertThatThrownBy(() -> batch.approve("county2", NOW, tampered)).isInstanceOf(BatchTotalsMismatch.class);
        batch.approve("county2", NOW, THREE);
        assertThatThrownBy(() -> batch.markExported("county", NOW, "csv", new ControlTotals(2, Money.yuan("812.50"))))
                .isInstanceOf(BatchTotalsMismatch.class);
        assertThat(batch.status()).isEqualTo(BatchStatus.APPROVED);
    }

    @Test
    void exportsOnlyFromApproved() {
        PayoutBatch batch = draft();
        assertThatThrownBy(() -> batch.markExported("county", NOW, "csv", THREE))
                .isInstanceOf(BatchNotApproved.class);
        batch.approve("county2", NOW, THREE);
        batch.markExported("county", NOW, "fixed", THREE);
        assertThat(batch.status()).isEqualTo(BatchStatus.EXPORTED);
        assertThat(batch.bankTemplate()).isEqualTo("fixed");
        assertThatThrownBy(() -> batch.markExported("county", NOW, "csv", THREE))
                .isInstanceOf(BatchAlreadyExported.class);
    }

    @Test
    void removingALineFromAnApprovedBatchVoidsTheApprovalAndLowersTheControlTotals() {
        PayoutBatch batch = draft();
        batch.approve("county2", NOW, THREE);
        PayoutBatch.LineRemoval removal = batch.removeLine(Money.yuan("312.50"), REMOVED_BY_COUNTY2);
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
        assertThat(batch.approvedBy()).isNull();
        assertThat(batch.approvedAt()).isNull();
        assertThat(batch.control()).isEqualTo(new ControlTotals(2, Money.yuan("750.00")));
        assertThat(removal.before()).isEqualTo(THREE);
        assertThat(removal.approvalVoided()).isTrue();
        assertThat(removal.voidedApprover()).isEqualTo("county2");
    }

    @Test
    void whoeverRemovedALineMayNotApproveWhatTheyLeft() {
        PayoutBatch batch = draft();
        batch.approve("county2", NOW, THREE);
        batch.removeLine(Money.yuan("312.50"), REMOVED_BY_COUNTY2);

        assertThatThrownBy(() -> batch.approve("county2", NOW, new ControlTotals(2, Money.yuan("750.00"))))
                .isInstanceOf(ContributorCannotApprove.class);
        assertThat(batch.takeNewContributors()).containsExactly(REMOVED_BY_COUNTY2);
    }

    @Test
    void removingALineFromADraftKeepsItADraft() {
        PayoutBatch batch = draft();
        assertThat(batch.removeLine(Money.yuan("250.00"), REMOVED_BY_COUNTY2).approvalVoided())
                .isFalse();
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
    }

    @Test
    void anExportedBatchNoLongerChanges() {
        PayoutBatch batch = draft();
        batch.approve("county2", NOW, THREE);
        batch.markExported("county", NOW, "csv", THREE);
        assertThatThrownBy(() -> batch.removeLine(Money.yuan("250.00"), REMOVED_BY_COUNTY2))
                .isInstanceOf(BatchAlreadyExported.class);
        assertThatThrownBy(() -> batch.approve("county3", NOW, THREE)).isInstanceOf(BatchAlreadyExported.class);
        assertThat(batch.control()).isEqualTo(THREE);
    }
}
