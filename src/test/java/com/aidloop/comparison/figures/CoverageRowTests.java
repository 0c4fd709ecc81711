package com.aidloop.comparison.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageRowTests {

    @Test
    void coverageCountsIdentifiedOrAidedAndPovertyCoverageOnlyTheAided() {
        CoverageRow row = new CoverageRow("1", "小学", 0, 0, 0, 0, 0, 0)
                .plus(true, true, false)
                .plus(true, false, true)
                .plus(false, false, false);
        assertThat(row.listed()).isEqualTo(3);
        assertThat(row.covered()).isEqualTo(2);
        assertThat(row.coverage()).isEqualByComparingTo("66.7");
        assertThat(row.povertyCoverage()).isEqualByComparingTo("50.0");
        assertThat(row.povertyFullyCovered()).isFalse();
        assertThat(new CoverageRow("", "合计", 0, 0, 0, 0, 0, 0).povertyCoverage())
                .isEqualByComparingTo("100.0");
    }
}
