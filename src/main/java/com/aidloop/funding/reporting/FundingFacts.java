package com.aidloop.funding.reporting;

import com.aidloop.award.PayableAwards;
import com.aidloop.award.PayableAwards.PlannedPayout;
import com.aidloop.funding.FundAllocation;
import com.aidloop.funding.FundingSource;
import com.aidloop.funding.PaidMoney;
import com.aidloop.funding.domain.FundingLedger.Place;
import com.aidloop.funding.domain.FundingLedger.Received;
import com.aidloop.funding.domain.FundingLedger.Share;
import com.aidloop.funding.domain.ShareSplit;
import com.aidloop.funding.persistence.AllocationStore;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.FundingShares;
import com.aidloop.programme.PayingRules;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a term inside a scope, split by source: standing allocations, confirmed awards per
 * school and programme (the payout rule of the data scope, as the progress page) split by the
 * shares in force for the term, and the money every {@link PaidMoney} reports.
 */
@Component
public class FundingFacts {

    /** What the report is made of, with the schools it names. */
    public record Facts(
            List<Received> received, List<Share> confirmed, List<Share> paid, Map<Long, SchoolView> schools) {}

    private final AllocationStore allocations;
    private final PayableAwards awards;
    private final List<PaidMoney> payments;
    private final PayingRules rules;
    private final SchoolManagement schools;

    FundingFacts(
            AllocationStore allocations,
            PayableAwards awards,
            List<PaidMoney> payments,
            PayingRules rules,
            SchoolManagement schools) {
        this.allocations = allocations;
        this.awards = awards;
        this.payments = payments;
        this.rules = rules;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public Facts of(Term term, DataScope scope) {
        List<Received> received = allocations.ofTerm(term, scope).stream()
                .filter(FundAllocation::standing)
                .map(a -> new Received(a.countyCode(), a.programmeCode(), a.source(), a.receivedOn(), a.amount()))
                .toList();
        Map<String, Optional<FundingShares>> inForce = new HashMap<>();
        List<Share> confirmed = new ArrayList<>();
        for (PlannedPayout planned : awards.confirmedBySchoolAndProgramme(List.of(term), scope)) {
            Optional<FundingShares> shares =
                    inForce.computeIfAbsent(planned.programmeCode(), code -> rules.sharesFor(code, term));
            confirmed.add(new Share(
                    new Place(planned.schoolId(), planned.schoolTownshipCode()),
                    planned.programmeCode(),
                    ShareSplit.split(planned.amount(), FundingSource.percentages(shares.orElse(null)))));
        }
        List<PaidMoney.Paid> paidRows =
                payments.stream().flatMap(p -> p.paid(term, scope).stream()).toList();
        Set<Long> schoolIds = paidRows.stream()
                .map(PaidMoney.Paid::schoolId)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        confirmed.forEach(c -> schoolIds.add(c.place().schoolId()));
        Map<Long, SchoolView> named = schoolIds.isEmpty() ? Map.of() : schools.byIds(schoolIds);
        List<Share> paid = paidRows.stream()
                .filter(p -> named.containsKey(p.schoolId()))
                .map(p -> new Share(
                        new Place(p.schoolId(), named.get(p.schoolId()).townshipCode()),
                        p.programmeCode(),
                        p.bySource()))
                .toList();
        return new Facts(received, confirmed, paid, named);
    }
}
