package com.aidloop.disbursement;

import com.aidloop.award.PayableAwards;
import com.aidloop.disbursement.progress.DeadlineBook;
import com.aidloop.disbursement.progress.PaymentTallies;
import com.aidloop.disbursement.progress.ProgressRows;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout progress (发放进度) of every school, programme and term in a scope: confirmed awards
 * read through the award module, payment lines grouped in SQL, the transfers to schools of the
 * programmes that pay the school or in kind (settlement), deadlines from the province's rules, and "today" from the platform's {@link ChinaTime} (the application's clock in the display zone).
 */
@Service
public class PaymentProgress {

    private final PayableAwards awards;
    private final PaymentTallies tallies;
    private final PaymentDeadlines deadlines;
    private final SchoolManagement schools;
    private final ChinaTime time;
    private final PayingRules rules;
    private final SchoolTransfers transfers;

    PaymentProgress(
            PayableAwards awards,
            PaymentTallies tallies,
            PaymentDeadlines deadlines,
            SchoolManagement schools,
            ChinaTime time,
            PayingRules rules,
            SchoolTransfers transfers) {
        this.rules = rules;
        this.transfers = transfers;
        this.awards = awards;
        this.tallies = tallies;
        this.deadlines = deadlines;
        this.schools = schools;
        this.time = time;
    }

    public LocalDate today() {
        return time.today();
    }

    @Transactional(readOnly = true)
    public ProgressReport report(Term term, DataScope scope) {
        LocalDate today = today();
        return new ProgressReport(term, today, rows(List.of(term), scope, today));
    }

    /** The rows of several terms at once, sorted by lateness. */
    @Transactional(readOnly = true)
    public List<ProgressRow> rows(Collection<Term> terms, DataScope scope, LocalDate today) {
        if (scope.isNothing()) {
            return List.of();
        }
        List<PayableAwards.PlannedPayout> planned = awards.confirmedBySchoolAndProgramme(terms, scope);
        List<PaymentTallies.Tally> lines = tallies.of(terms, scope);
        Set<Long> plannedSchools =
                planned.stream().map(PayableAwards.PlannedPayout::schoolId).collect(Collectors.toSet());
        List<Long> unnamed = lines.stream()
                .map(PaymentTallies.Tally::schoolId)
                .filter(id -> !plannedSchools.contains(id))
                .distinct()
                .toList();
        Map<Long, SchoolView> named = unnamed.isEmpty() ? Map.of() : schools.byIds(unnamed);
        Map<Term, Map<String, PaymentChannel>> channels = new HashMap<>();
        terms.forEach(t -> channels.put(t, rules.settledWithSchools(t)));
        return ProgressRows.of(
                planned,
                lines,
                new ProgressRows.SchoolSettlement(channels, transfers.tallies(terms, scope)),
                tallies.installments(terms, scope, today),
                id -> Optional.ofNullable(named.get(id)).map(SchoolView::name).orElse("学校" + id),
                deadlinesOf(scope),
                today);
    }

    private DeadlineBook deadlinesOf(DataScope scope) {
        String region = scope.regionPrefix() != null
                ? scope.regionPrefix()
                : schools.byId(scope.schoolId()).map(SchoolView::townshipCode).orElse(null);
        return region == null ? new DeadlineBook(List.of()) : deadlines.book(region);
    }
}
