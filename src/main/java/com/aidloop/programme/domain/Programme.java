package com.aidloop.programme.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ProgrammeDeactivated;
import com.aidloop.programme.ProgrammeDetail;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.ProgrammeView;
import com.aidloop.programme.Standard;
import com.aidloop.programme.StandardRecorded;
import com.aidloop.programme.Tier;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An aid programme (资助项目) and the history of its standards. A standard is never edited: a
 * change adds a version valid from a term, and a correction for the same tier and term
 * supersedes the version recorded before it, which stays in the history. So the standards in
 * force for any term, as the catalogue stood at any moment, can be told again. It belongs to the
 * country, a province or a county ({@link CatalogueOwner}), which never changes; a standard is
 * recorded only with a second person's approval.
 */
public final class Programme {

    private final Long id;
    private final int version;
    private final CatalogueOwner owner;
    private ProgrammeFacts facts;
    private final Instant createdAt;
    private final String createdBy;
    private Deactivation deactivation;
    private final List<Standard> history;
    private final List<Standard> newlySuperseded = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** The programme stopped paying after {@code lastTerm}; recorded at {@code at} by {@code by}. */
    public record Deactivation(Term lastTerm, Instant at, String by) {

        public Deactivation {
            Objects.requireNonNull(lastTerm);
            Objects.requireNonNull(at);
            Objects.requireNonNull(by);
        }
    }

    /** What a new standard changed: the version in force before for that tier and term, and the one it corrected. */
    public record StandardChange(Standard recorded, Standard inForceBefore, Standard corrected) {}

    private Programme(
            Long id,
            int version,
            CatalogueOwner owner,
            ProgrammeFacts facts,
            Instant createdAt,
            String createdBy,
            Deactivation deactivation,
            List<Standard> history) {
        this.id = id;
        this.version = version;
        this.owner = Objects.requireNonNull(owner);
        this.facts = facts;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.deactivation = deactivation;
        this.history = new ArrayList<>(history);
    }

    public static Programme open(CatalogueOwner owner, ProgrammeFacts facts, Instant at, String by) {
        return new Programme(null, 0, owner, facts, at, by, null, List.of());
    }

    /** Rebuilds a stored programme with its whole history. */
    public static Programme restore(
            long id,
            int version,
            CatalogueOwner owner,
            ProgrammeFacts facts,
            Instant createdAt,
            String createdBy,
            Deactivation deactivation,
            List<Standard> history) {
        return new Programme(id, version, owner, facts, createdAt, createdBy, deactivation, history);
    }

    /** Replaces the description and returns what changed. The code never changes: imports and other modules hold it. */
    public List<FieldChange> revise(ProgrammeFacts revised) {
        if (!revised.code().equals(facts.code())) {
            throw InvalidInput.of("code", "programme.code.fixed", facts.code());
        }
        List<FieldChange> changes = revised.changesSince(facts);
        facts = revised;
        return changes;
    }

    /**
     * What recording a standard would change, refused as {@link #recordStandard} would refuse it:
     * before the programme's first term, after its last one, a withdrawal of a tier that is not
     * paid, or a repeat of what is in force anyway. Changes nothing: a proposal is checked with it.
     */
    public StandardChange preview(StandardEntry entry, Instant at, String by) {
        refuseOutsideTerms(entry);
        Optional<Standard> before = standing(at).stream()
                .filter(s -> s.tier().equals(entry.tier()) && s.validFrom().compareTo(entry.validFrom()) <= 0)
                .max(Comparator.comparing(Standard::validFrom));
        Standard recorded = new Standard(
                null,
                entry.tier(),
                entry.validFrom(),
                entry.amount(),
                entry.minimum(),
                entry.maximum(),
                entry.withdrawn(),
                entry.note(),
                entry.source(),
                at,
                by,
                null,
                null,
                null);
        refuseWithoutChange(entry, before, recorded);
        Standard corrected =
                before.filter(s -> s.validFrom().equals(entry.validFrom())).orElse(null);
        return new StandardChange(recorded, before.orElse(null), corrected);
    }

    /** A standard is valid from a term in which the programme pays: not before its first term, not after its last. */
    private void refuseOutsideTerms(StandardEntry entry) {
        if (entry.validFrom().compareTo(facts.firstTerm()) < 0) {
            throw InvalidInput.of(
                    "validFrom",
                    "programme.standard.beforeFirstTerm",
                    facts.firstTerm().label());
        }
        if (deactivation != null && entry.validFrom().compareTo(deactivation.lastTerm()) > 0) {
            throw InvalidInput.of(
                    "validFrom",
                    "programme.standard.afterLastTerm",
                    deactivation.lastTerm().label());
        }
    }

    /** A withdrawal needs a tier that is paid, and a new standard must change what is in force {@code before} it. */
    private static void refuseWithoutChange(StandardEntry entry, Optional<Standard> before, Standard recorded) {
        if (entry.withdrawn() && before.map(Standard::withdrawn).orElse(true)) {
            throw InvalidInput.of(
                    "tier",
                    "programme.standard.nothingToWithdraw",
                    entry.tier().label(),
                    entry.validFrom().label());
        }
        if (before.isPresent()
                && before.get().paysLike(recorded)
                && before.get().tier().label().equals(recorded.tier().label())) {
            throw InvalidInput.of(
                    "amount",
                    "programme.standard.unchanged",
                    entry.tier().label(),
                    before.get().validFrom().label());
        }
    }

    /**
     * Records a standard for a tier from a term, proposed by {@code by} and approved by a second
     * person. Refused as {@link #preview} says. A version recorded earlier for the same tier and
     * term is superseded.
     */
    public StandardChange recordStandard(StandardEntry entry, Instant at, String by, String approvedBy) {
        if (approvedBy == null || approvedBy.equalsIgnoreCase(by)) {
            throw new IllegalArgumentException("a standard is recorded with the approval of a second person");
        }
        StandardChange preview = preview(entry, at, by);
        Standard recorded = new Standard(
                null,
                entry.tier(),
                entry.validFrom(),
                entry.amount(),
                entry.minimum(),
                entry.maximum(),
                entry.withdrawn(),
                entry.note(),
                entry.source(),
                at,
                by,
                approvedBy,
                null,
                null);
        Standard corrected = null;
        if (preview.corrected() != null) {
            corrected = preview.corrected().supersede(at, by);
            history.set(history.indexOf(preview.corrected()), corrected);
            newlySuperseded.add(corrected);
        }
        history.add(recorded);
        events.add(new StandardRecorded(facts.code(), entry.tier().code(), entry.validFrom(), at));
        return new StandardChange(recorded, preview.inForceBefore(), corrected);
    }

    /** Stops the programme from {@code from} on: it still pays in the terms before, as it did. */
    public void deactivate(Term from, Instant at, String by) {
        if (deactivation != null) {
            throw InvalidInput.of(
                    "from", "programme.alreadyInactive", deactivation.lastTerm().label());
        }
        if (from.compareTo(facts.firstTerm()) < 0) {
            throw InvalidInput.of(
                    "from",
                    "programme.deactivate.beforeFirstTerm",
                    facts.firstTerm().label());
        }
        deactivation = new Deactivation(from.previous(), at, by);
        events.add(new ProgrammeDeactivated(facts.code(), deactivation.lastTerm(), at));
    }

    /** Whether the programme was in the catalogue at that moment. */
    public boolean knownAt(Instant at) {
        return !createdAt.isAfter(at);
    }

    /** The programme as the catalogue described it at that moment (a later deactivation is not yet seen). */
    public ProgrammeView view(Instant at) {
        Deactivation seen = deactivation != null && !deactivation.at().isAfter(at) ? deactivation : null;
        return new ProgrammeView(
                id == null ? 0 : id,
                owner,
                facts.code(),
                facts.name(),
                facts.aliases(),
                facts.stages(),
                facts.semesters(),
                facts.kind(),
                facts.fundingLevel(),
                facts.firstTerm(),
                seen == null ? null : seen.lastTerm(),
                seen == null ? null : seen.at(),
                seen == null ? null : seen.by(),
                facts.source(),
                facts.note(),
                createdAt,
                createdBy,
                version);
    }

    public ProgrammeView view() {
        return view(Instant.MAX);
    }

    /**
     * The standards in force for a term as the catalogue stood at {@code at}: for each tier, of the
     * versions standing at that moment, the one valid from the latest term not after {@code term};
     * a withdrawn tier is left out.
     */
    public ProgrammeInForce inForce(Term term, Instant at) {
        Map<String, Standard> latest = new LinkedHashMap<>();
        for (Standard s : standing(at)) {
            if (s.validFrom().compareTo(term) <= 0) {
                latest.merge(s.tier().code(), s, (a, b) -> a.validFrom().compareTo(b.validFrom()) >= 0 ? a : b);
            }
        }
        List<Standard> tiers =
                latest.values().stream().filter(s -> !s.withdrawn()).toList();
        return new ProgrammeInForce(view(at), term, tiers);
    }

    /** Every recorded version, corrections included, by tier, term and time recorded. */
    public ProgrammeDetail detail() {
        List<Standard> ordered = history.stream()
                .sorted(Comparator.comparing((Standard s) -> s.tier().sortKey())
                        .thenComparing(Standard::validFrom)
                        .thenComparing(Standard::recordedAt))
                .toList();
        return new ProgrammeDetail(view(), ordered);
    }

    /** The tiers that ever had a standard, each with its latest label. */
    public List<Tier> tiers() {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        history.stream()
                .sorted(Comparator.comparing(Standard::recordedAt))
                .forEach(s -> tiers.put(s.tier().code(), s.tier()));
        return tiers.values().stream()
                .sorted(Comparator.comparing(Tier::sortKey))
                .toList();
    }

    private List<Standard> standing(Instant at) {
        return history.stream().filter(s -> s.standsAt(at)).toList();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public ProgrammeFacts facts() {
        return facts;
    }

    public CatalogueOwner owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Deactivation> deactivation() {
        return Optional.ofNullable(deactivation);
    }

    /** All versions, in the order they were loaded and recorded. */
    public List<Standard> history() {
        return List.copyOf(history);
    }

    /** Versions recorded since the programme was loaded, to insert. */
    public List<Standard> unsavedStandards() {
        return history.stream().filter(s -> s.id() == null).toList();
    }

    /** Stored versions a correction superseded since the programme was loaded, to mark. */
    public List<Standard> unsavedSupersessions() {
        return newlySuperseded.stream().filter(s -> s.id() != null).toList();
    }

    /** Events raised since the programme was loaded, to publish once it is saved. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    @Override
    public String toString() {
        return "Programme[" + id + " " + facts.code() + " " + facts.name() + "]";
    }
}
