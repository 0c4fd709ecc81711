package com.aidloop.programme;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.persistence.PayingRuleStore;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paying rules of the catalogue as payout and confirmation read them: funding shares, payout
 * schedule and payment channel in force for a term, mutually exclusive programmes, a school's quota and budget.
 * Every read can be made as the rules stood at a past moment. Reading needs no permission here.
 */
@Service
@Transactional(readOnly = true)
public class PayingRules {

    private final PayingRuleStore store;
    private final ProgrammeCatalogue catalogue;

    PayingRules(PayingRuleStore store, ProgrammeCatalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    /** The shares in force for the term: the version with the latest start not after it. */
    public Optional<FundingShares> sharesFor(String programmeCode, Term term) {
        return sharesFor(programmeCode, term, catalogue.now());
    }

    public Optional<FundingShares> sharesFor(String programmeCode, Term term, Instant recordedAt) {
        return store.shares(programmeCode, recordedAt).stream()
                .filter(s -> s.validFrom().compareTo(term) <= 0)
                .max(Comparator.comparing(FundingShares::validFrom));
    }

    /** Every standing share version of the programme, oldest term first. */
    public List<FundingShares> shareHistory(String programmeCode) {
        return store.shares(programmeCode, catalogue.now()).stream()
                .sorted(Comparator.comparing(FundingShares::validFrom))
                .toList();
    }

    /** The schedule in force for the term; once per term when none is recorded. */
    public PayoutSchedule scheduleFor(String programmeCode, Term term) {
        return scheduleFor(programmeCode, term, catalogue.now());
    }

    public PayoutSchedule scheduleFor(String programmeCode, Term term, Instant recordedAt) {
        return store.schedules(programmeCode, recordedAt).stream()
                .filter(s -> s.validFrom().compareTo(term) <= 0)
                .max(Comparator.comparing(PayoutSchedule::validFrom))
                .orElseGet(() -> PayoutSchedule.oncePerTerm(term));
    }

    /**
     * Every moment at which the payout schedule of a programme ever set to pay monthly changed,
     * oldest first: between two of them, {@link #scheduleFor(String, Term, Instant)} gives the same
     * answer for any instant (a programme never set monthly pays once per term at every moment), so
     * a reader of many awards asks once per programme and interval.
     */
    public List<Instant> scheduleChanges() {
        return store.scheduleMoments();
    }

    public List<PayoutSchedule> scheduleHistory(String programmeCode) {
        return store.schedules(programmeCode, catalogue.now()).stream()
                .sorted(Comparator.comparing(PayoutSchedule::validFrom))
                .toList();
    }

    /** The payment channel in force for the term (发放渠道); by card when none is recorded. */
    public PaymentChannel channelOf(String programmeCode, Term term) {
        return channelFor(programmeCode, term).channel();
    }

    /** The channel version in force for the term, or the default (by card). */
    public ProgrammeChannel channelFor(String programmeCode, Term term) {
        return inForce(
                        store.channels(catalogue.now()).stream()
                                .filter(c -> c.programmeCode().equals(programmeCode))
                                .map(PayingRuleStore.CodedChannel::channel)
                                .toList(),
                        term)
                .orElseGet(() -> ProgrammeChannel.byCard(term));
    }

    /**
     * The programmes that do not pay by card in the term, with their channel (one read for a page
     * or a check over many programmes); a programme missing here pays by card.
     */
    public Map<String, PaymentChannel> settledWithSchools(Term term) {
        Map<String, List<ProgrammeChannel>> byCode = store.channels(catalogue.now()).stream()
                .collect(Collectors.groupingBy(
                        PayingRuleStore.CodedChannel::programmeCode,
                        Collectors.mapping(PayingRuleStore.CodedChannel::channel, Collectors.toList())));
        Map<String, PaymentChannel> settled = new HashMap<>();
        byCode.forEach((code, versions) -> inForce(versions, term)
                .map(ProgrammeChannel::channel)
                .filter(PaymentChannel::settledWithSchool)
                .ifPresent(channel -> settled.put(code, channel)));
        return Map.copyOf(settled);
    }

    /**
     * Refuses a card payout of a programme that pays the school or in kind in the term
     * ({@link ProgrammeNotPaidByCard}, with the programme's name); the catalogue check of every
     * card payout (batches, rounds).
     */
    public void requirePaidByCard(String programmeCode, Term term) {
        PaymentChannel channel = channelOf(programmeCode, term);
        if (channel.settledWithSchool()) {
            String name = store.programmeName(programmeCode).orElse(programmeCode);
            throw new ProgrammeNotPaidByCard(name, channel, term);
        }
    }

    /** Every standing channel version of the programme, oldest term first. */
    public List<ProgrammeChannel> channelHistory(String programmeCode) {
        return store.channels(catalogue.now()).stream()
                .filter(c -> c.programmeCode().equals(programmeCode))
                .map(PayingRuleStore.CodedChannel::channel)
                .sorted(Comparator.comparing(ProgrammeChannel::validFrom))
                .toList();
    }

    private static Optional<ProgrammeChannel> inForce(List<ProgrammeChannel> versions, Term term) {
        return versions.stream()
                .filter(c -> c.validFrom().compareTo(term) <= 0)
                .max(Comparator.comparing(ProgrammeChannel::validFrom));
    }

    /** The programmes a student holding this one may not also hold in the same school year, by the groups the scope sees. */
    public Set<String> exclusiveWith(String programmeCode, DataScope scope) {
        Set<String> others = new LinkedHashSet<>();
        for (ExclusiveProgrammes group : exclusions(scope)) {
            if (group.includes(programmeCode)) {
                group.programmeCodes().stream()
                        .filter(c -> !c.equals(programmeCode))
                        .forEach(others::add);
            }
        }
        return others;
    }

    /**
     * The standing groups of exclusive programmes the scope sees: national ones, its province's
     * and county's (and, for a province or city, its counties'). For a school's scope, or the
     * region of a school's township, these are the groups that bind the school.
     */
    public List<ExclusiveProgrammes> exclusions(DataScope scope) {
        return store.exclusions(catalogue.now(), scope);
    }

    /** The school's quota and budget for the programme and term, if any is set. */
    public Optional<SchoolQuota> quotaFor(long schoolId, String programmeCode, Term term) {
        return store.quota(schoolId, programmeCode, term, catalogue.now());
    }

    /** The standing quotas of the term for these schools; callers filter the schools by scope. */
    public List<SchoolQuota> quotas(Term term, Collection<Long> schoolIds) {
        return store.quotas(term, schoolIds);
    }
}
