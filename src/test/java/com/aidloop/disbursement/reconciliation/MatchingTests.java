package com.aidloop.disbursement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matching rules, one per named outcome, without a database. */
class MatchingTests {

    private static final String A = "PY2031A0000000001";
    private static final String B = "PY2031A0000000002";
    private static final Money AMOUNT = Money.yuan("1250");

    private final Map<String, PaymentState> payments = Map.of(
            A, new PaymentState(1, A, AMOUNT, PaymentStatus.PENDING, null),
            B, new PaymentState(2, B, AMOUNT, PaymentStatus.PAID, null));

    @Test
    void aCleanLineAboutAPendingPaymentSettlesIt() {
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.PAID))).containsExactly(Outcome.PAID);
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.FAILED))).containsExactly(Outcome.FAILED);
    }

    @Test
    void namesEveryLineThatIsNotClean() {
        assertThat(outcomes(ReturnLine.malformed(1, A, "该行长度为95字节"))).containsExactly(Outcome.MALFORMED_LINE);
        assertThat(outcomes(line(1, "PY2031A0000000999", "1250.00", ReturnResult.PAID)))
                .containsExactly(Outcome.UNKNOWN_REFERENCE);
        assertThat(outcomes(line(1, A, "1250.01", ReturnResult.PAID))).containsExactly(Outcome.AMOUNT_MISMATCH);
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.UNKNOWN))).containsExactly(Outcome.UNKNOWN_RESULT);
        assertThat(outcomes(line(1, B, "1250.00", ReturnResult.FAILED))).containsExactly(Outcome.CONFLICTING_RESULT);
    }

    @Test
    void aLineAboutAPaymentSettledAlikeChangesNothingAndIsNotQueued() {
        Matching.Matched matched = Matching.match(List.of(line(1, B, "1250.00", ReturnResult.PAID)), payments::get);

        assertThat(matched.lines()).extracting(LineOutcome::outcome).containsExactly(Outcome.ALREADY_SETTLED);
        assertThat(matched.queued()).isZero();
        assertThat(matched.settling()).isEmpty();
    }

    @Test
    void anAmountMismatchIsCheckedBeforeTheResultSoAMismatchedPaidLineNeverSettles() {
        Matching.Matched matched = Matching.match(List.of(line(7, A, "125.00", ReturnResult.PAID)), payments::get);

        assertThat(matched.settling()).isEmpty();
        assertThat(matched.lines().getFirst().detail())
                .contains("第7行")
                .contains("125.00")
                .contains("1,250.00");
    }

    @Test
    void identicalRepeatsCountOnceAndDifferingRepeatsAreAllQueued() {
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.PAID), line(2, A, "1250.00", ReturnResult.PAID)))
                .containsExactly(Outcome.PAID, Outcome.DUPLICATE_LINE);
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.PAID), line(2, A, "1250.00", ReturnResult.FAILED)))
                .containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE);
        assertThat(outcomes(line(1, A, "1250.00", ReturnResult.PAID), line(2, A, "99.00", ReturnResult.PAID)))
                .containsExactly(Outcome.DUPLICATE, Outcome.AMOUNT_MISMATCH);
    }

    @Test
    void onlyCleanOutcomesSettleAndOnlyTheOthersAreQueued() {
        for (Outcome o : Outcome.values()) {
            assertThat(o.settles() && o.queued()).as(o.name()).isFalse();
        }
        assertThat(List.of(Outcome.values()))
                .filteredOn(Outcome::settles)
                .containsExactly(Outcome.PAID, Outcome.FAILED);
    }

    private List<Outcome> outcomes(ReturnLine... lines) {
        return Matching.match(List.of(lines), payments::get).lines().stream()
                .map(LineOutcome::outcome)
                .toList();
    }

    private static ReturnLine line(int no, String reference, String amount, ReturnResult result) {
        return new ReturnLine(no, reference, "李明", Money.yuan(amount), result, result.name(), "", null);
    }
}
