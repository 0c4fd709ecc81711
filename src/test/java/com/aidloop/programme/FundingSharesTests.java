package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingSharesTests {

    @Test
    void sharesSummingToExactlyAHundredAreAccepted() {
        FundingShares s = FundingShares.parse(
                "2026-AUTUMN",
                Map.of("central", "60", "provincial", "20%", "county", "19.99", "school", "0.01"),
                "",
                "",
                Instant.EPOCH,
                "county");
        assertThat(s.central()).isEqualByComparingTo("60");
        assertThat(s.city()).isEqualByComparingTo("0");
        assertThat(s.describe()).isEqualTo("中央60%，省级20%，县级19.99%，学校0.01%");
    }

    @Test
    void refusesASumOtherThanAHundredAndNamesTheSum() {
        assertThatThrownBy(() -> FundingShares.parse(
                        "2026-AUTUMN", Map.of("central", "60", "provincial", "30"), "", "", Instant.EPOCH, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.code()).isEqualTo("paying.shares.sum");
                            assertThat(p.args()).containsExactly("90");
                        }));
    }

    @Test
    void listsEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> FundingShares.parse(
                        "明年", Map.of("central", "六十", "county", "120", "school", "0.001"), "", "", Instant.EPOCH, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("validFrom", "central", "county", "school"));
    }

    @Test
    void aMonthlyScheduleNeedsItsMonths() {
        assertThat(PayoutSchedule.parse("2026-AUTUMN", "按月发放", "5", "", "", Instant.EPOCH, "x")
                        .describe())
                .isEqualTo("按月发放（每学期5个月）");
        assertThat(PayoutSchedule.parse("2026-AUTUMN", "ONCE_PER_TERM", "", "", "", Instant.EPOCH, "x")
                        .months())
                .isNull();
        assertThatThrownBy(() -> PayoutSchedule.parse("2026-AUTUMN", "MONTHLY", "", "", "", Instant.EPOCH, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.concerns("months"))
                        .isTrue());
    }
}
