package com.aidloop.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchStatusTests {

    @Test
    void movesOneStepForwardOrBackFromApprovedToDraft() {
        assertThat(BatchStatus.DRAFT.canMoveTo(BatchStatus.APPROVED)).isTrue();
        assertThat(BatchStatus.APPROVED.canMoveTo(BatchStatus.EXPORTED)).isTrue();
        assertThat(BatchStatus.EXPORTED.canMoveTo(BatchStatus.RECONCILED)).isTrue();
        assertThat(BatchStatus.APPROVED.canMoveTo(BatchStatus.DRAFT)).isTrue();
        assertThat(BatchStatus.DRAFT.canMoveTo(BatchStatus.EXPORTED)).isFalse();
        assertThat(BatchStatus.EXPORTED.canMoveTo(BatchStatus.DRAFT)).isFalse();
        assertThat(BatchStatus.RECONCILED.canMoveTo(BatchStatus.DRAFT)).isFalse();
        assertThat(BatchStatus.DRAFT.canMoveTo(BatchStatus.RECONCILED)).isFalse();
    }
}
