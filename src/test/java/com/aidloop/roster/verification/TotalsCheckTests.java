package com.aidloop.roster.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsCheckTests {

    private static DocumentTotals document(String name, String... amounts) {
        DocumentTotals totals = new DocumentTotals(name);
        for (String amount : amounts) {
            totals.add(7, "平江县三市镇中心小学", "LIVING", "义务教育生活补助", Money.yuan(amount));
        }
        return totals;
    }

    @Test
    void documentsThatCountTheSameAgree() {
        List<TotalsCheck.Comparison> comparisons = TotalsCheck.compare(
                document("花名册", "500", "250"), document("资金确认表", "250", "500"), document("汇总表", "750"));

        assertThat(comparisons).hasSize(1);
        assertThat(comparisons.getFirst().agrees()).isFalse();
        assertThat(TotalsCheck.findings(TotalsCheck.compare(
                        document("花名册", "500", "250"), document("资金确认表", "250", "500"), document("汇总表", "500", "250"))))
                .isEmpty();
    }

    @Test
    void aDifferentAmountOrHeadCountIsAFindingThatNamesTheSchoolProgrammeAndAllThreeFigures() {
        List<Finding> findings = TotalsCheck.findings(TotalsCheck.compare(
                document("花名册", "500", "250"), document("资金确认表", "500", "250"), document("汇总表", "500", "350")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Finding.Rule.DOCUMENTS_DISAGREE);
            assertThat(f.schoolName()).isEqualTo("平江县三市镇中心小学");
            assertThat(f.programmeName()).isEqualTo("义务教育生活补助");
            assertThat(f.facts()).containsExactly("2", "750.00", "2", "750.00", "2", "850.00");
        });
    }

    @Test
    void aProgrammeMissingFromOneDocumentIsAFinding() {
        DocumentTotals summary = document("汇总表", "500");
        summary.add(8, "平江县安定镇中心小学", "LIVING", "义务教育生活补助", Money.yuan("100"));

        List<Finding> findings =
                TotalsCheck.findings(TotalsCheck.compare(document("花名册", "500"), document("资金确认表", "500"), summary));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.schoolName()).isEqualTo("平江县安定镇中心小学");
            assertThat(f.facts()).containsExactly("0", "0.00", "0", "0.00", "1", "100.00");
        });
    }
}
