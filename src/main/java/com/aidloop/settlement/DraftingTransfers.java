package com.aidloop.settlement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.SchoolAwardTotals;
import com.aidloop.award.SchoolAwardTotals.SchoolTotal;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.school.SchoolAccounts;
import com.aidloop.settlement.domain.MealSettlement;
import com.aidloop.settlement.domain.SchoolTransfer;
import com.aidloop.settlement.domain.SchoolTransfer.Stamp;
import com.aidloop.settlement.persistence.ProvisionStore;
import com.aidloop.settlement.persistence.TransferStore;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's side of the settlement with schools: what each school is owed for the programmes
 * that pay the school or in kind in a term, and the 资金拨付单 drafted from it, one per school,
 * programme and term: the school's confirmed awards (count, standard, amount) and its account as
 * they stand; for meals in kind, the amount of the months the school recorded ({@link MealSettlement}). A draft is drawn again while the money is not transferred.
 */
@Service
public class DraftingTransfers {

    /** What drafting every open transfer of a term did, and why some schools were left. */
    public record Drafted(int drafted, List<String> left) {}

    private final TransferStore transfers;
    private final ProvisionStore provisions;
    private final SchoolAwardTotals awards;
    private final PayingRules rules;
    private final SchoolAccounts accounts;
    private final AuditTrail audit;

    DraftingTransfers(
            TransferStore transfers,
            ProvisionStore provisions,
            SchoolAwardTotals awards,
            PayingRules rules,
            SchoolAccounts accounts,
            AuditTrail audit) {
        this.transfers = transfers;
        this.provisions = provisions;
        this.awards = awards;
        this.rules = rules;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Every school and programme of the term owed a transfer in the scope, with its transfer if made. */
    @Transactional(readOnly = true)
    public List<SchoolDue> due(Term term, DataScope scope) {
        Map<String, PaymentChannel> channels = rules.settledWithSchools(term);
        List<SchoolTotal> totals = awards.confirmed(List.of(term), channels.keySet(), scope);
        Map<String, TransferView> made = transfers.list(term, scope).stream()
                .map(SchoolTransfers::view)
                .collect(Collectors.toMap(t -> t.schoolId() + "/" + t.programmeCode(), Function.identity()));
        Map<String, List<ProvisionView>> months = provisions.list(term, scope).stream()
                .collect(Collectors.groupingBy(p -> p.schoolId() + "/" + p.programmeCode()));
        Set<Long> withAccount = accounts.withAccount(
                totals.stream().map(SchoolTotal::schoolId).distinct().toList());
        return totals.stream()
                .map(t -> {
                    String key = t.schoolId() + "/" + t.programmeCode();
                    PaymentChannel channel = channels.get(t.programmeCode());
                    List<ProvisionView> recorded = months.getOrDefault(key, List.of());
                    return new SchoolDue(
                            t,
                            channel,
                            made.get(key),
                            withAccount.contains(t.schoolId()),
                            recorded.size(),
                            channel == PaymentChannel.IN_KIND ? meals(t, recorded) : null);
                })
                .toList();
    }

    /** Drafts (or draws again) the 资金拨付单 of one school and programme. */
    @Transactional
    public TransferView draft(Term term, long schoolId, String programmeCode, CurrentAccount account) {
        if (account.scope().schoolId() != null || account.scope().regionPrefix() == null) {
            throw new SettlementRefused(Kind.FORBIDDEN, "transfer.onlyCountyDrafts");
        }
        PaymentChannel channel = rules.channelOf(programmeCode, term);
        if (!channel.settledWithSchool()) {
            throw new SettlementRefused(Kind.INVALID, "transfer.cardProgramme", programmeCode, term.label());
        }
        SchoolDue due = due(term, account.scope()).stream()
                .filter(d -> d.awards().schoolId() == schoolId
                        && d.awards().programmeCode().equals(programmeCode))
                .findFirst()
                .orElseThrow(() -> new SettlementRefused(Kind.INVALID, "transfer.nothingOwed", term.label()));
        if (due.missing() != null) {
            throw new SettlementRefused(
                    Kind.CONFLICT, "transfer.cannotDraft", due.awards().schoolName(), due.missing());
        }
        return write(term, due, account);
    }

    /** Drafts every transfer of the term in the scope that has none yet; schools missing an account are left, named. */
    @Transactional
    public Drafted draftAll(Term term, CurrentAccount account) {
        int drafted = 0;
        List<String> left = new ArrayList<>();
        for (SchoolDue due : due(term, account.scope())) {
            if (due.transfer() != null) {
                continue;
            }
            if (due.missing() != null) {
                left.add(due.awards().schoolName() + " " + due.awards().programmeName() + "：" + due.missing());
                continue;
            }
            write(term, due, account);
            drafted++;
        }
        return new Drafted(drafted, left);
    }

    /** The meals recorded, at the programme's standard per student and term (the highest awarded, one tier in practice). */
    private static MealSettlement meals(SchoolTotal total, List<ProvisionView> recorded) {
        return MealSettlement.of(
                total.highest(),
                recorded.stream()
                        .map(p -> new MealSettlement.Month(p.daysServed(), p.studentsServed()))
                        .toList());
    }

    private static SchoolTransfer.Owed owed(SchoolDue due) {
        SchoolTotal total = due.awards();
        return new SchoolTransfer.Owed(
                total.awards(),
                due.owedAmount(),
                due.meals() != null ? due.meals().standardText() : total.standard());
    }

    private TransferView write(Term term, SchoolDue due, CurrentAccount account) {
        SchoolTotal total = due.awards();
        SchoolAccounts.SealedAccount bank = accounts.sealed(total.schoolId()).orElseThrow();
        SchoolTransfer.Account to = new SchoolTransfer.Account(
                bank.account().accountName(),
                bank.account().bank(),
                bank.numberSealed(),
                bank.account().numberMasked());
        SchoolTransfer.Owed owed = owed(due);
        Stamp by = new Stamp(account.username(), Instant.now());
        Optional<SchoolTransfer> existing = transfers.find(term, total.schoolId(), total.programmeCode());
        long id;
        String action;
        if (existing.isPresent()) {
            SchoolTransfer redrawn = existing.get().redraw(owed, to, by);
            if (!transfers.save(redrawn)) {
                throw SettlementRefused.changedMeanwhile(redrawn.reference(), redrawn.id());
            }
            id = redrawn.id();
            action = "重新生成";
        } else {
            SchoolTransfer made = SchoolTransfer.draft(
                    transfers.nextReference(term),
                    term,
                    new SchoolTransfer.School(
                            total.schoolId(), total.schoolCode(), total.schoolName(), total.schoolTownshipCode()),
                    total.programmeCode(),
                    total.programmeName(),
                    due.channel(),
                    owed,
                    to,
                    by);
            id = transfers.insert(made);
            action = "生成";
        }
        audit.record(AuditRecord.of(
                        existing.isPresent() ? "UPDATE" : "CREATE",
                        SettlementRefused.TRANSFER,
                        id,
                        action + "资金拨付单（" + total.schoolName() + " " + total.programmeName() + " " + term.label() + "）："
                                + total.awards() + " 人，" + owed.amount().yuan().toPlainString() + " 元，收款账户 "
                                + to.numberMasked())
                .withChanges(List.of(
                        new FieldChange("award_count", null, Long.toString(total.awards())),
                        new FieldChange("amount", null, owed.amount().yuan().toPlainString())))
                .by(account.username()));
        return SchoolTransfers.view(transfers.find(id, account.scope()).orElseThrow());
    }
}
