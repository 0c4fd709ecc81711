package com.aidloop.identification.application.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The form of the application (domain brief §2, "The form"): household members, income by
 * component, the special groups the family belongs to (by the model's group codes), housing,
 * emergencies of the last year, siblings in school, the answers to the model's choice indicators
 * that the form does not derive, and the written commitment.
 */
public record ApplicationForm(
        List<Member> members,
        Incomes incomes,
        Set<String> specialGroups,
        String housing,
        List<Emergency> emergencies,
        Siblings siblings,
        Map<String, String> indicatorAnswers,
        Commitment commitment) {

    public static final ApplicationForm EMPTY = new ApplicationForm(
            List.of(), Incomes.NONE, Set.of(), "", List.of(), Siblings.NONE, Map.of(), new Commitment("", null));

    public ApplicationForm {
        members = List.copyOf(members);
        incomes = incomes == null ? Incomes.NONE : incomes;
        specialGroups = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(specialGroups));
        housing = housing == null ? "" : housing.strip();
        emergencies = List.copyOf(emergencies);
        siblings = siblings == null ? Siblings.NONE : siblings;
        indicatorAnswers = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(indicatorAnswers));
        commitment = commitment == null ? new Commitment("", null) : commitment;
    }

    /**
     * The household's income a year: the sum of the components when given, else the sum of the
     * members' incomes.
     */
    public BigDecimal householdIncome() {
        BigDecimal components = incomes.total();
        if (components.signum() > 0) {
            return components;
        }
        return members.stream().map(Member::annualIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The household's income per member and year, yuan; zero without members. */
    public BigDecimal perCapitaIncome() {
        if (members.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return householdIncome().divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
    }

    public boolean anyMajorIllness() {
        return members.stream().anyMatch(m -> m.health() == Health.MAJOR_ILLNESS);
    }

    @Override
    public String toString() {
        return "ApplicationForm[" + members.size() + " members]";
    }
}
