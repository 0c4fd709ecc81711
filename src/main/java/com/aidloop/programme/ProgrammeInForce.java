package com.aidloop.programme;

import com.aidloop.programme.ProgrammeView.TermFit;
import com.aidloop.school.Stage;
import com.aidloop.shared.Term;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A programme with the standards of its tiers in force for one term, as the catalogue stood at
 * one moment. The tiers are ordered as pages show them (标准, 一档, 二档 …).
 */
public record ProgrammeInForce(ProgrammeView programme, Term term, List<Standard> tiers) {

    public ProgrammeInForce {
        tiers = tiers.stream()
                .sorted(Comparator.comparing(s -> s.tier().sortKey()))
                .toList();
    }

    public String code() {
        return programme.code();
    }

    public String name() {
        return programme.name();
    }

    public boolean appliesTo(Stage stage) {
        return programme.appliesTo(stage);
    }

    /** Whether the programme pays in this term: its term range, semesters and standards agree. */
    public TermFit fit() {
        TermFit fit = programme.fit(term);
        return fit == TermFit.FITS && tiers.isEmpty() ? TermFit.NO_STANDARD : fit;
    }

    public boolean paysThisTerm() {
        return fit() == TermFit.FITS;
    }

    public Optional<Standard> tier(String code) {
        return tiers.stream().filter(s -> s.tier().code().equals(code)).findFirst();
    }

    /** "一档 1,750.00；二档 1,150.00；三档 600.00", or "" when nothing is in force. */
    public String tierSummary() {
        return tiers.stream().map(Standard::describe).collect(Collectors.joining("；"));
    }

    /** Whether a standard in force is marked uncertain or local (⚠) and should be checked against local documents. */
    public boolean uncertain() {
        return tiers.stream().anyMatch(s -> s.note().contains("⚠") || s.source().contains("⚠"));
    }

    /** The tier labels offered this term, for messages: "一档、二档、三档". */
    public String tierLabels() {
        return tiers.stream().map(s -> s.tier().label()).collect(Collectors.joining("、"));
    }
}
