package com.aidloop.disbursement.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The payment's state machine, move by move: the three allowed moves, and every other pair refused. */
class PaymentStatusTests {

    private static final Set<String> ALLOWED = Set.of("PENDING→PAID", "PENDING→FAILED", "FAILED→PAID");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PENDING, PAID", "PENDING, FAILED", "FAILED, PAID"})
    void theBankSettlesAPendingPaymentAndAFailedOneMayStillBePaid(PaymentStatus from, PaymentStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @MethodSource("refusedMoves")
    void refusesEveryOtherMove(PaymentStatus from, PaymentStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    static Stream<Arguments> refusedMoves() {
        return Arrays.stream(PaymentStatus.values())
                .flatMap(from -> Arrays.stream(PaymentStatus.values()).map(to -> Arguments.of(from, to)))
                .filter(pair -> !ALLOWED.contains(pair.get()[0] + "→" + pair.get()[1]));
    }

    @Test
    void refusesSixOfTheNinePairsAndPaidIsFinal() {
        assertThat(refusedMoves()).hasSize(6);
        assertThat(PaymentStatus.PAID.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void allowedFromNamesExactlyTheStatusesThatMayMoveToTheTarget(PaymentStatus target) {
        assertThat(PaymentStatus.allowedFrom(target))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PaymentStatus.values())
                        .filter(s -> s.canMoveTo(target))
                        .toList());
    }

    @Test
    void aBankResultSettlesOnlyAPendingPayment() {
        assertThat(PaymentStatus.allowedFrom(PaymentStatus.PAID))
                .containsExactlyInAnyOrder(PaymentStatus.PENDING, PaymentStatus.FAILED);
        assertThat(PaymentStatus.allowedFrom(PaymentStatus.FAILED)).containsExactly(PaymentStatus.PENDING);
        assertThat(PaymentStatus.settledByBank()).containsExactly(PaymentStatus.PENDING);
    }

    @ParameterizedTest
    @CsvSource({"PENDING, false", "PAID, false", "FAILED, true"})
    void onlyAFailedPaymentIsReissued(PaymentStatus status, boolean reissued) {
        assertThat(status.mayBeReissued()).isEqualTo(reissued);
    }
}
