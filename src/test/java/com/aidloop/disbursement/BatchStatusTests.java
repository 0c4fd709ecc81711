package com.aidloop.disbursement;

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

/** The batch's state machine, move by move: the four allowed moves, and every other pair refused. */
class BatchStatusTests {

    /** The lifecycle as docs/disbursement.md states it. */
    private static final Set<String> ALLOWED =
            Set.of("DRAFT→APPROVED", "APPROVED→EXPORTED", "APPROVED→DRAFT", "EXPORTED→RECONCILED");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DRAFT, APPROVED", "APPROVED, EXPORTED", "APPROVED, DRAFT", "EXPORTED, RECONCILED"})
    void movesOneStepForwardOrBackFromApprovedToDraft(BatchStatus from, BatchStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @MethodSource("refusedMoves")
    void refusesEveryOtherMove(BatchStatus from, BatchStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    static Stream<Arguments> refusedMoves() {
        return Arrays.stream(BatchStatus.values())
                .flatMap(from -> Arrays.stream(BatchStatus.values()).map(to -> Arguments.of(from, to)))
                .filter(pair -> !ALLOWED.contains(pair.get()[0] + "→" + pair.get()[1]));
    }

    @Test
    void refusesTwelveOfTheSixteenPairs() {
        assertThat(refusedMoves()).hasSize(12);
    }

    @ParameterizedTest
    @EnumSource(BatchStatus.class)
    void allowedFromNamesExactlyTheStatusesThatMayMoveToTheTarget(BatchStatus target) {
        assertThat(BatchStatus.allowedFrom(target))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(BatchStatus.values())
                        .filter(s -> s.canMoveTo(target))
                        .toList());
    }

    @Test
    void allowedFromReadsTheMovesBackwards() {
        assertThat(BatchStatus.allowedFrom(BatchStatus.DRAFT)).containsExactly(BatchStatus.APPROVED);
        assertThat(BatchStatus.allowedFrom(BatchStatus.APPROVED)).containsExactly(BatchStatus.DRAFT);
        assertThat(BatchStatus.allowedFrom(BatchStatus.EXPORTED)).containsExactly(BatchStatus.APPROVED);
        assertThat(BatchStatus.allowedFrom(BatchStatus.RECONCILED)).containsExactly(BatchStatus.EXPORTED);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, true", "APPROVED, true", "EXPORTED, false", "RECONCILED, false"})
    void linesChangeOnlyBeforeExport(BatchStatus status, boolean mayChange) {
        assertThat(status.linesMayChange()).isEqualTo(mayChange);
    }
}
