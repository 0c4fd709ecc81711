package com.aidloop.disbursement;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.award.PayableAwards.AwardDifference;
import com.aidloop.award.SchoolAwardTotals;
import com.aidloop.disbursement.IntegrityBreak.Kind;
import com.aidloop.disbursement.IntegrityReport.UnbatchedAward;
import com.aidloop.disbursement.integrity.CardAwards;
import com.aidloop.disbursement.integrity.IntegrityQueries;
import com.aidloop.disbursement.integrity.SettlementChain;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.PayingRules;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money-integrity check (资金核对) of a term in a scope, at any time: for the card programmes,
 * confirmed awards = batch lines = bank-file lines = paid + failed + pending; for the programmes
 * that pay the school or in kind, confirmed awards = transfers recorded = confirmed by the schools
 * ({@link SettlementChain}). Awards not yet in a batch and lines of
 * batches not yet exported are gaps (work to do), listed; everything else that does not add up
 * is a break, named with its batch, payment, school and masked card. Read in one repeatable-read
 * transaction, so the levels are of one moment.
 */
@Service
public class MoneyIntegrity {

    /** At most this many breaks of each kind, and of awards not yet in a batch, are listed. */
    public static final int LISTED = 500;

    private final IntegrityQueries queries;
    private final CardAwards cards;
    private final SchoolManagement schools;
    private final ChinaTime time;
    private final PayingRules rules;
    private final SchoolAwardTotals schoolAwards;
    private final SchoolTransfers transfers;

    MoneyIntegrity(
            IntegrityQueries queries,
            CardAwards cards,
            SchoolManagement schools,
            ChinaTime time,
            PayingRules rules,
            SchoolAwardTotals schoolAwards,
            SchoolTransfers transfers) {
        this.rules = rules;
        this.schoolAwards = schoolAwards;
        this.transfers = transfers;
        this.queries = queries;
        this.cards = cards;
        this.schools = schools;
        this.time = time;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IntegrityReport check(Term term, DataScope scope) {
        if (scope.isNothing()) {
            throw new IllegalArgumentException("an integrity check needs a scope");
        }
        IntegrityQueries.Lines lines = queries.lines(term, scope);
        List<IntegrityQueries.PaidInstallment> claims = queries.paidInstallments(term, scope);
        Set<String> settled = rules.settledWithSchools(term).keySet();
        CardAwards.Confirmed confirmed = cards.confirmed(term, scope, settled, time.today());
        PayableAwards.Unpaid unpaid = cards.unpaid(term, scope, claims, settled, LISTED);
        List<AwardDifference> differences = cards.differences(term, claims);
        SettlementChain.Result schoolChain = schoolChain(term, scope, settled);
        // A school's lines share their bank files with other schools: its level 3 is its lines in exported batches.
        PayoutFigure inBankFiles = scope.schoolId() != null
                ? lines.exported()
                : queries.bankFiles(term, scope).minus(lines.supersededExported());

        List<IntegrityBreak> breaks = new ArrayList<>(awardBreaks(term, scope, differences));
        breaks.addAll(queries.breaks(term, scope, LISTED));
        breaks.addAll(schoolChain.breaks());
        return new IntegrityReport(
                term,
                time.now(),
                confirmed.awards(),
                confirmed.installments().installments(),
                confirmed.installments().notYetDue(),
                lines.current(),
                inBankFiles,
                lines.paid(),
                lines.failed(),
                lines.pending(),
                confirmed
                        .installments()
                        .installments()
                        .minus(lines.current())
                        .plus(CardAwards.withoutAward(differences)),
                unpaid.first().stream().map(MoneyIntegrity::unbatched).toList(),
                lines.notExported(),
                queries.unexportedBatches(term, scope),
                named(breaks),
                truncated(breaks),
                schoolChain.settlement(),
                cards.recovered(term, scope, LISTED));
    }

    private static boolean truncated(List<IntegrityBreak> breaks) {
        return breaks.stream()
                .collect(Collectors.groupingBy(IntegrityBreak::kind, Collectors.counting()))
                .values()
                .stream()
                .anyMatch(n -> n >= LISTED);
    }

    /** The chain of the programmes paid to the schools or in kind: their awards against the transfers. */
    private SettlementChain.Result schoolChain(Term term, DataScope scope, Set<String> settled) {
        return SettlementChain.of(
                settled,
                schoolAwards.confirmed(List.of(term), settled, scope),
                transfers.tallies(List.of(term), scope));
    }

    /** Lines whose award the award module does not bear out: unknown, of another term, unconfirmed or of another amount. */
    private List<IntegrityBreak> awardBreaks(Term term, DataScope scope, List<AwardDifference> differences) {
        if (differences.isEmpty()) {
            return List.of();
        }
        Map<String, AwardDifference> byClaim = differences.stream()
                .collect(Collectors.toMap(
                        d -> d.awardId() + "/" + d.claimed().yuan().toPlainString(), Function.identity(), (a, b) -> a));
        List<Long> ids = differences.stream()
                .map(AwardDifference::awardId)
                .distinct()
                .limit(LISTED)
                .toList();
        List<IntegrityBreak> breaks = new ArrayList<>();
        for (IntegrityBreak line : queries.linesOfAwards(term, scope, ids, LISTED)) {
            AwardDifference difference =
                    byClaim.get(line.awardId() + "/" + line.actual().yuan().toPlainString());
            if (difference == null) {
                continue;
            }
            Kind kind =
                    switch (difference.difference()) {
                        case UNKNOWN, OTHER_TERM -> Kind.AWARD_UNKNOWN;
                        case NOT_CONFIRMED -> Kind.AWARD_NOT_CONFIRMED;
                        case OTHER_AMOUNT -> Kind.AMOUNT_DIFFERS;
                    };
            breaks.add(new IntegrityBreak(
                    kind,
                    line.batchReference(),
                    line.paymentReference(),
                    line.schoolId(),
                    null,
                    line.cardNumberMasked(),
                    line.awardId(),
                    difference.awardAmount(),
                    line.actual(),
                    -1,
                    -1));
        }
        return breaks;
    }

    private List<IntegrityBreak> named(List<IntegrityBreak> breaks) {
        List<Long> ids = breaks.stream()
                .map(IntegrityBreak::schoolId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, SchoolView> names = ids.isEmpty() ? Map.of() : schools.byIds(ids);
        return breaks.stream()
                .map(b -> b.schoolId() == null || !names.containsKey(b.schoolId())
                        ? b
                        : b.named(names.get(b.schoolId()).name()))
                .toList();
    }

    private static UnbatchedAward unbatched(PayableAward award) {
        return new UnbatchedAward(
                award.awardId(),
                award.schoolName(),
                award.programmeName(),
                award.studentName(),
                award.cardNumberMasked(),
                award.amount());
    }
}
