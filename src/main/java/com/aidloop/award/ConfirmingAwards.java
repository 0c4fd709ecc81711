package com.aidloop.award;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.domain.ConfirmationPolicy;
import com.aidloop.award.domain.ConfirmationPolicy.Candidate;
import com.aidloop.award.domain.ConfirmationPolicy.Lane;
import com.aidloop.award.persistence.ConfirmationStore;
import com.aidloop.award.persistence.ConfirmationStore.Confirmed;
import com.aidloop.award.persistence.ConfirmationStore.Unconfirmed;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.ExclusiveProgrammes;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.SchoolQuota;
import com.aidloop.programme.StandardCheck;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming a school's imported awards of a programme (or of all its programmes) and a term
 * (资助确认) under the paying rules. All or nothing: if any award breaks a rule, nothing is
 * confirmed and the refusal names every rule and the awards that break it, so that a quota is
 * never half-used silently. Confirmations of the same school, programme and term, and of
 * programmes exclusive with each other in the same school year, are serialised by
 * transaction-scoped advisory locks, so that two staff confirming at the same moment can never
 * exceed a quota or budget together. Callers check AWARD_CONFIRM.
 */
@Service
public class ConfirmingAwards {

    private final ConfirmationStore store;
    private final PayingRules rules;
    private final ProgrammeCatalogue catalogue;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final AwardsInPayout payouts;
    private final ConfirmationIdentifications identifications;
    private final Clock clock = Clock.systemUTC();

    ConfirmingAwards(
            ConfirmationStore store,
            PayingRules rules,
            ProgrammeCatalogue catalogue,
            SchoolManagement schools,
            AuditTrail audit,
            AwardsInPayout payouts,
            ConfirmationIdentifications identifications) {
        this.store = store;
        this.identifications = identifications;
        this.payouts = payouts;
        this.rules = rules;
        this.catalogue = catalogue;
        this.schools = schools;
        this.audit = audit;
    }

    /**
     * What to confirm: a school's awards of a term, of one programme (or all when null), all its
     * unconfirmed awards or only those with the given ids.
     */
    public record Request(Term term, long schoolId, String programmeCode, List<Long> awardIds) {}

    /**
     * Confirms the awards or refuses them all.
     *
     * @throws SchoolNotFound when the school lies outside the account's scope
     * @throws NothingToConfirm when no unconfirmed award matches
     * @throws ConfirmationRefused when a paying rule would be broken (an award of a need-based
     *     programme whose county requires an identification, without a fitting one, included)
     * @throws AwardsChangedMeanwhile when an award changed while it was checked
     */
    @Transactional
    public ConfirmedAwards confirm(Request request, CurrentAccount by) {
        SchoolView school =
                schools.find(request.schoolId(), by.scope()).orElseThrow(() -> new SchoolNotFound(request.schoolId()));
        Term term = request.term();
        List<String> programmes = request.programmeCode() == null
                ? store.unconfirmedProgrammes(term, school.id())
                : List.of(request.programmeCode());
        if (programmes.isEmpty()) {
            throw new NothingToConfirm();
        }
        // the catalogue in force where the school is: national entries, its province's and its county's
        DataScope place = DataScope.region(school.townshipCode());
        List<ExclusiveProgrammes> exclusions = rules.exclusions(place);
        store.lock(lockKeys(term, school.id(), programmes, exclusions));
        List<Unconfirmed> awards = store.unconfirmed(term, school.id(), programmes, request.awardIds());
        if (awards.isEmpty()) {
            throw new NothingToConfirm();
        }
        List<RuleBreach> breaches = new ArrayList<>(breaches(term, school.id(), awards, exclusions, place));
        ConfirmationIdentifications.Findings identified = identifications.check(term, school, awards, by.scope());
        identified.breach(term).ifPresent(breaches::add);
        if (!breaches.isEmpty()) {
            throw new ConfirmationRefused(breaches);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (store.confirm(awards, at, by.username()) != awards.size()) {
            throw new AwardsChangedMeanwhile();
        }
        Money amount = awards.stream().map(Unconfirmed::amount).reduce(Money.ZERO, Money::plus);
        audit.record(confirmationRecord(
                        school, term, awards, amount, identified.warned().size())
                .by(by.username()));
        return new ConfirmedAwards(
                term,
                school.id(),
                awards.stream().map(Unconfirmed::programmeCode).distinct().toList(),
                awards.stream().map(Unconfirmed::id).toList(),
                amount,
                by.username(),
                at,
                identified.warned());
    }

    private static AuditRecord confirmationRecord(
            SchoolView school, Term term, List<Unconfirmed> awards, Money amount, int withoutIdentification) {
        String names =
                awards.stream().map(Unconfirmed::programmeName).distinct().collect(Collectors.joining("、"));
        return AuditRecord.of(
                "CONFIRM",
                "award-confirmation",
                school.id() + ":" + term.code(),
                "资助确认：" + school.name() + " " + term.label() + " " + names + "，" + awards.size() + "人，" + amount + "元"
                        + (withoutIdentification == 0 ? "" : "；其中" + withoutIdentification + "人尚无相符的认定（过渡期提示）"));
    }

    /** Longest reason for revoking a confirmation. */
    public static final int REASON_MAX = 200;

    private static final int BATCHES_NAMED = 5;

    /** What to revoke: a school's confirmed awards of a term, of one programme or (null) of all. */
    public record Revocation(Term term, long schoolId, String programmeCode, String reason) {}

    /** How many confirmed awards, and how much money, of which school and programmes went back to unconfirmed. */
    public record Revoked(String schoolName, int awards, Money amount, List<String> programmeNames) {}

    /**
     * Takes back the confirmation of a school's awards (撤销确认), all or none, so that a wrong
     * roster can be corrected by a new import and confirmed again. Refused, naming the batches,
     * when any of the awards is already in a payout batch, in any state: money that left, or may
     * leave, stays tied to a confirmed award. Serialised with confirmations by the same locks, and
     * with batch creation by the awards' row locks. Audited with the reason.
     *
     * @throws SchoolNotFound when the school lies outside the account's scope
     * @throws InvalidInput when the reason is missing or too long
     * @throws RevocationRefused when nothing is confirmed, or awards are in a payout
     */
    @Transactional
    public Revoked revoke(Revocation request, CurrentAccount by) {
        SchoolView school =
                schools.find(request.schoolId(), by.scope()).orElseThrow(() -> new SchoolNotFound(request.schoolId()));
        String reason = reason(request.reason());
        Term term = request.term();
        List<String> programmes = request.programmeCode() == null
                ? store.confirmedProgrammes(term, school.id())
                : List.of(request.programmeCode());
        if (programmes.isEmpty()) {
            throw new RevocationRefused("confirmation.revoke.nothing");
        }
        store.lock(lockKeys(term, school.id(), programmes, rules.exclusions(DataScope.region(school.townshipCode()))));
        return revoked(term, school, store.confirmedForUpdate(term, school.id(), programmes), reason, by, "");
    }

    /**
     * Takes back the confirmation of one student's awards of a term at a school (取消认定 after a
     * 四项比对), under the same rules as {@link #revoke}: all or none, refused naming the batches
     * when an award is in a payout, serialised by the same locks, audited with the reason.
     */
    @Transactional
    public Revoked revokeStudent(Term term, long schoolId, long studentId, String reason, CurrentAccount by) {
        SchoolView school = schools.find(schoolId, by.scope()).orElseThrow(() -> new SchoolNotFound(schoolId));
        String why = reason(reason);
        List<String> programmes = store.confirmedProgrammesOfStudent(term, school.id(), studentId);
        if (programmes.isEmpty()) {
            throw new RevocationRefused("confirmation.revoke.nothing");
        }
        store.lock(lockKeys(term, school.id(), programmes, rules.exclusions(DataScope.region(school.townshipCode()))));
        List<ConfirmationStore.ConfirmedAward> awards =
                store.confirmedOfStudentForUpdate(term, school.id(), studentId, programmes);
        return revoked(term, school, awards, why, by, "（学生" + studentId + "）");
    }

    private static String reason(String raw) {
        // free text, kept as written (full-width punctuation included), only trimmed
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw InvalidInput.of("reason", "confirmation.revoke.reasonRequired");
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInput.of("reason", "confirmation.revoke.reasonTooLong", REASON_MAX);
        }
        return reason;
    }

    private Revoked revoked(
            Term term,
            SchoolView school,
            List<ConfirmationStore.ConfirmedAward> awards,
            String reason,
            CurrentAccount by,
            String whose) {
        if (awards.isEmpty()) {
            throw new RevocationRefused("confirmation.revoke.nothing");
        }
        List<Long> ids =
                awards.stream().map(ConfirmationStore.ConfirmedAward::id).toList();
        Set<String> batches = new TreeSet<>(payouts.batchesHolding(term, ids));
        if (!batches.isEmpty()) {
            String named = batches.stream().limit(BATCHES_NAMED).collect(Collectors.joining("、"))
                    + (batches.size() > BATCHES_NAMED ? "等" + batches.size() + "个批次" : "");
            throw new RevocationRefused("confirmation.revoke.inPayout", named);
        }
        if (store.revoke(ids) != ids.size()) {
            throw new AwardsChangedMeanwhile();
        }
        Money amount =
                awards.stream().map(ConfirmationStore.ConfirmedAward::amount).reduce(Money.ZERO, Money::plus);
        List<String> names = awards.stream()
                .map(ConfirmationStore.ConfirmedAward::programmeName)
                .distinct()
                .toList();
        audit.record(AuditRecord.of(
                        "REVOKE",
                        "award-confirmation",
                        school.id() + ":" + term.code(),
                        "撤销资助确认：" + school.name() + whose + " " + term.label() + " " + String.join("、", names) + "，"
                                + awards.size() + "人，" + amount + "元；原因：" + reason)
                .by(by.username()));
        return new Revoked(school.name(), awards.size(), amount, names);
    }

    /** One line per school and programme of the term inside the account's scope, with quota and budget. */
    @Transactional(readOnly = true)
    public List<ConfirmationLine> overview(Term term, CurrentAccount by) {
        List<ConfirmationStore.Tally> tallies = store.tallies(term, by.scope());
        Map<String, SchoolQuota> quotas = new HashMap<>();
        for (SchoolQuota q : rules.quotas(
                term,
                tallies.stream()
                        .map(ConfirmationStore.Tally::schoolId)
                        .distinct()
                        .toList())) {
            quotas.put(q.schoolId() + ":" + q.programmeCode(), q);
        }
        return tallies.stream()
                .map(t -> {
                    SchoolQuota q = quotas.get(t.schoolId() + ":" + t.programmeCode());
                    return new ConfirmationLine(
                            t.schoolId(),
                            t.schoolCode(),
                            t.schoolName(),
                            t.programmeCode(),
                            t.programmeName(),
                            t.imported(),
                            t.importedAmount(),
                            t.confirmed(),
                            t.confirmedAmount(),
                            q == null ? null : q.quota(),
                            q == null ? null : q.budget());
                })
                .toList();
    }

    private List<RuleBreach> breaches(
            Term term, long schoolId, List<Unconfirmed> awards, List<ExclusiveProgrammes> exclusions, DataScope place) {
        Set<String> programmes =
                awards.stream().map(Unconfirmed::programmeCode).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> names = new HashMap<>();
        awards.forEach(a -> names.put(a.programmeCode(), a.programmeName()));
        Map<String, Confirmed> confirmed = store.confirmed(term, schoolId, programmes);
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (String code : programmes) {
            Confirmed done = confirmed.getOrDefault(code, new Confirmed(0, Money.ZERO));
            Optional<SchoolQuota> quota = rules.quotaFor(schoolId, code, term);
            lanes.put(
                    code,
                    new Lane(
                            code,
                            names.get(code),
                            done.count(),
                            done.amount(),
                            quota.map(SchoolQuota::quota).orElse(null),
                            quota.map(SchoolQuota::budget).orElse(null)));
        }
        Map<String, Set<String>> exclusiveWith = new HashMap<>();
        Set<String> others = new TreeSet<>();
        for (String code : programmes) {
            Set<String> with = exclusions.stream()
                    .filter(g -> g.includes(code))
                    .flatMap(g -> g.programmeCodes().stream())
                    .filter(c -> !c.equals(code))
                    .collect(Collectors.toSet());
            exclusiveWith.put(code, with);
            others.addAll(with);
        }
        Catalogue snapshot = catalogue.asOf(term, place);
        snapshot.programmes()
                .forEach(p -> names.putIfAbsent(p.code(), p.programme().displayName()));
        List<Candidate> candidates =
                awards.stream().map(a -> candidate(a, snapshot)).toList();
        Set<ConfirmationPolicy.Held> held = store.held(
                schoolYear(term),
                awards.stream().map(Unconfirmed::idNumberIndex).toList(),
                others);
        return ConfirmationPolicy.check(candidates, lanes, exclusiveWith, held, names);
    }

    private static Candidate candidate(Unconfirmed a, Catalogue snapshot) {
        Optional<StandardCheck> check = snapshot.programme(a.programmeCode())
                .map(p -> snapshot.check(p, a.tier(), a.amount(), Stage.valueOf(a.stage())));
        String problem = check.isEmpty()
                ? "资助项目" + a.programmeName() + "不在" + snapshot.term().label() + "的目录中"
                : check.get().passed() ? null : check.get().message();
        return new Candidate(
                a.id(),
                a.programmeCode(),
                a.programmeName(),
                a.idNumberIndex(),
                a.idNumberMasked(),
                a.studentName(),
                a.schoolName(),
                a.amount(),
                problem);
    }

    /** The two terms of the school year the term belongs to: autumn of year Y and spring of Y+1. */
    static List<Term> schoolYear(Term term) {
        return term.schoolYearTerms();
    }

    /**
     * Exclusion groups first (per school year, across schools: a student's other award may sit at
     * another school), then the school's programmes; each part sorted, so every confirmation takes
     * its locks in the same global order.
     */
    private static List<String> lockKeys(
            Term term, long schoolId, Collection<String> programmes, List<ExclusiveProgrammes> exclusions) {
        List<String> keys = new ArrayList<>();
        String year = String.valueOf(schoolYear(term).getFirst().year());
        exclusions.stream()
                .filter(g -> programmes.stream().anyMatch(g::includes))
                .map(g -> "award-exclusion:" + year + ":" + g.id())
                .sorted()
                .forEach(keys::add);
        programmes.stream()
                .sorted()
                .map(p -> "award-confirmation:" + term.code() + ":" + schoolId + ":" + p)
                .forEach(keys::add);
        return keys;
    }
}
