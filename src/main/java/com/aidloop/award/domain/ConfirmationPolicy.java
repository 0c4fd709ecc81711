package com.aidloop.award.domain;

import com.aidloop.award.PayingRule;
import com.aidloop.award.RuleBreach;
import com.aidloop.award.RuleBreach.BreachingAward;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The paying rules a confirmation (资助确认) must keep, checked together over every award it would
 * confirm: the school's quota and budget of each programme (counting what is already confirmed),
 * exclusive programmes in the school year (against awards confirmed before and within the same
 * confirmation), and the catalogue's standard for each award's amount. The answer is every
 * breach found; a confirmation goes ahead only when there is none (all or nothing).
 */
public final class ConfirmationPolicy {

    private ConfirmationPolicy() {}

    /**
     * An unconfirmed award to confirm.
     *
     * @param standardProblem why the amount does not fit the catalogue standard, or null when it fits
     */
    public record Candidate(
            long awardId,
            String programmeCode,
            String programmeName,
            String idNumberIndex,
            String idNumberMasked,
            String studentName,
            String schoolName,
            Money amount,
            String standardProblem) {

        BreachingAward named(String detail) {
            return new BreachingAward(awardId, idNumberMasked, studentName, schoolName, programmeName, amount, detail);
        }

        @Override
        public String toString() {
            return "Candidate[" + awardId + " " + programmeCode + " " + Masking.hidden(studentName) + " " + amount
                    + "]";
        }
    }

    /** A programme's limits at the school for the term and what is confirmed already; null limits mean none. */
    public record Lane(
            String programmeCode,
            String programmeName,
            long confirmedCount,
            Money confirmedAmount,
            Integer quota,
            Money budget) {}

    /** A confirmed award of a student (by blind index) and programme in the same school year. */
    public record Held(String idNumberIndex, String programmeCode) {}

    /**
     * @param candidates the awards to confirm, in the order a refusal lists them
     * @param lanes the limits per programme code of the candidates
     * @param exclusiveWith per programme code, the programmes a student may not hold with it in the school year
     * @param held the confirmed awards of those exclusive programmes held by the candidates' students
     * @param names programme names by code, for the refusal's text
     */
    public static List<RuleBreach> check(
            List<Candidate> candidates,
            Map<String, Lane> lanes,
            Map<String, Set<String>> exclusiveWith,
            Set<Held> held,
            Map<String, String> names) {
        List<RuleBreach> breaches = new ArrayList<>();
        for (Lane lane : lanes.values()) {
            List<Candidate> ofLane = candidates.stream()
                    .filter(c -> c.programmeCode().equals(lane.programmeCode()))
                    .toList();
            quota(lane, ofLane).ifPresent(breaches::add);
            budget(lane, ofLane).ifPresent(breaches::add);
        }
        exclusive(candidates, exclusiveWith, held, names).ifPresent(breaches::add);
        standard(candidates).ifPresent(breaches::add);
        return breaches;
    }

    private static Optional<RuleBreach> quota(Lane lane, List<Candidate> ofLane) {
        if (lane.quota() == null || lane.confirmedCount() + ofLane.size() <= lane.quota()) {
            return Optional.empty();
        }
        long left = Math.max(0, lane.quota() - lane.confirmedCount());
        List<BreachingAward> beyond =
                ofLane.stream().skip(left).map(c -> c.named("")).toList();
        return Optional.of(new RuleBreach(
                PayingRule.QUOTA,
                "confirmation.rule.quota",
                List.of(lane.programmeName(), lane.quota(), lane.confirmedCount(), ofLane.size(), left),
                beyond));
    }

    private static Optional<RuleBreach> budget(Lane lane, List<Candidate> ofLane) {
        if (lane.budget() == null) {
            return Optional.empty();
        }
        Money total = lane.confirmedAmount();
        List<BreachingAward> beyond = new ArrayList<>();
        for (Candidate c : ofLane) {
            total = total.plus(c.amount());
            if (total.compareTo(lane.budget()) > 0) {
                beyond.add(c.named(""));
            }
        }
        if (beyond.isEmpty()) {
            return Optional.empty();
        }
        Money wanted = ofLane.stream().map(Candidate::amount).reduce(Money.ZERO, Money::plus);
        return Optional.of(new RuleBreach(
                PayingRule.BUDGET,
                "confirmation.rule.budget",
                List.of(
                        lane.programmeName(),
                        lane.budget(),
                        lane.confirmedAmount(),
                        wanted,
                        lane.budget().minus(lane.confirmedAmount())),
                beyond));
    }

    private static Optional<RuleBreach> exclusive(
            List<Candidate> candidates,
            Map<String, Set<String>> exclusiveWith,
            Set<Held> held,
            Map<String, String> names) {
        List<BreachingAward> breaking = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> others = exclusiveWith.getOrDefault(c.programmeCode(), Set.of());
            if (others.isEmpty()) {
                continue;
            }
            String confirmedOther = others.stream()
                    .filter(o -> held.contains(new Held(c.idNumberIndex(), o)))
                    .findFirst()
                    .orElse(null);
            Candidate sameConfirmation = candidates.stream()
                    .filter(o ->
                            o != c && o.idNumberIndex().equals(c.idNumberIndex()) && others.contains(o.programmeCode()))
                    .findFirst()
                    .orElse(null);
            if (confirmedOther != null) {
                breaking.add(c.named("已确认" + names.getOrDefault(confirmedOther, confirmedOther)));
            } else if (sameConfirmation != null) {
                breaking.add(c.named("本次同时确认" + sameConfirmation.programmeName()));
            }
        }
        return breaking.isEmpty()
                ? Optional.empty()
                : Optional.of(new RuleBreach(
                        PayingRule.EXCLUSIVE_PROGRAMMES,
                        "confirmation.rule.exclusive",
                        List.of(breaking.size()),
                        breaking));
    }

    private static Optional<RuleBreach> standard(List<Candidate> candidates) {
        List<BreachingAward> breaking = candidates.stream()
                .filter(c -> c.standardProblem() != null)
                .map(c -> c.named(c.standardProblem()))
                .toList();
        return breaking.isEmpty()
                ? Optional.empty()
                : Optional.of(new RuleBreach(
                        PayingRule.STANDARD_AMOUNT, "confirmation.rule.standard", List.of(breaking.size()), breaking));
    }
}
