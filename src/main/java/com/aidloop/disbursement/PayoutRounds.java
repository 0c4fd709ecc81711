package com.aidloop.disbursement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.PayableAwards;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.BatchRecords.RoundBatch;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.disbursement.installment.DueInstallment;
import com.aidloop.disbursement.round.PayoutRound;
import com.aidloop.disbursement.round.RoundPayments;
import com.aidloop.disbursement.round.RoundRecords;
import com.aidloop.disbursement.round.RoundSplit;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.shared.Money;
import com.aidloop.shared.Refusal.Concern;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout rounds (发放轮次): the county pays the confirmed card awards of a term, of chosen
 * programmes and region (the county, or townships), in one batch per issuing bank, each with its
 * control totals and the bank's remembered template. One review by a second person decides the
 * round (审核通过 or 驳回 with an opinion, {@link PayoutRound}); a maker resubmits what was sent back.
 * Every step is audited in its transaction.
 */
@Service
public class PayoutRounds {

    /** The audit trail's object type of a payout round. */
    public static final String AUDIT_TYPE = "payout_round";

    private final PayableAwards awards;
    private final RoundRecords rounds;
    private final BatchRecords batches;
    private final PaymentRecords payments;
    private final RoundPayments lines;
    private final AuditTrail audit;
    private final RegionManagement regions;

    PayoutRounds(
            PayableAwards awards,
            RoundRecords rounds,
            BatchRecords batches,
            PaymentRecords payments,
            RoundPayments lines,
            AuditTrail audit,
            RegionManagement regions) {
        this.awards = awards;
        this.rounds = rounds;
        this.batches = batches;
        this.payments = payments;
        this.lines = lines;
        this.audit = audit;
        this.regions = regions;
    }

    /**
     * The one question a round asks about payment channels: is this programme paid onto students'
     * cards in this term? Only card programmes belong in rounds (school and in-kind programmes are
     * settled with the school, {@code settlement}).
     */
    boolean paidByCard(String programmeCode, Term term) {
        return awards.paidByCard(programmeCode, term);
    }

    /** What a round of the term, programmes and townships (none: the whole county) would hold now, paying what is due today. */
    @Transactional(readOnly = true)
    public RoundPreview preview(
            Term term, List<String> programmeCodes, List<String> townshipCodes, CurrentAccount account) {
        return preview(term, programmeCodes, townshipCodes, null, account);
    }

    /**
     * What a round would hold now that pays the installments due on or before {@code payDate}
     * (today when null); awards paid once per term are always due.
     */
    @Transactional(readOnly = true)
    public RoundPreview preview(
            Term term,
            List<String> programmeCodes,
            List<String> townshipCodes,
            LocalDate payDate,
            CurrentAccount account) {
        Scope scope = scope(account.scope(), townshipCodes);
        List<String> card = cardProgrammes(term, programmeCodes);
        LocalDate date = payDate == null ? lines.today() : payDate;
        RoundSplit split = lines.split(term, card, date);
        awards.forEachInRegions(term, card, scope.regions(), account.scope(), split::take);
        List<String> left =
                programmeCodes.stream().filter(p -> !card.contains(p)).toList();
        return RoundPreview.of(split, rounds.templates(scope.county()), left, date);
    }

    /** As {@link #create(Term, List, List, LocalDate, CurrentAccount)}, paying what is due today. */
    @Transactional
    public RoundView create(
            Term term, List<String> programmeCodes, List<String> townshipCodes, CurrentAccount account) {
        return create(term, programmeCodes, townshipCodes, null, account);
    }

    /**
     * Creates the round and its batches, one per issuing bank, DRAFT with frozen control totals,
     * paying the installments due on or before {@code payDate} (today when null). Refused when
     * nothing is left to pay, or when another batch took some of the installments at the same time
     * ({@link AwardsAlreadyInBatch}: nothing is written).
     */
    @Transactional
    public RoundView create(
            Term term,
            List<String> programmeCodes,
            List<String> townshipCodes,
            LocalDate payDate,
            CurrentAccount account) {
        Scope scope = scope(account.scope(), townshipCodes);
        List<String> card = cardProgrammes(term, programmeCodes);
        LocalDate date = payDate == null ? lines.today() : payDate;
        RoundSplit split = lines.split(term, card, date);
        awards.forEachInRegionsToPay(term, card, scope.regions(), account.scope(), split::take);
        if (split.isEmpty()) {
            throw RoundRefused.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        split.byBank()
                .values()
                .forEach(list -> list.forEach(d ->
                        names.putIfAbsent(d.award().programmeCode(), d.award().programmeName())));
        List<String> paid = card.stream().filter(names::containsKey).toList();
        String programmeNames = String.join("、", paid.stream().map(names::get).toList());
        Instant now = Instant.now();
        String reference = rounds.nextReference(term);
        long id = rounds.insert(
                reference,
                term,
                scope.county(),
                scope.townships(),
                paid,
                programmeNames,
                account.username(),
                now,
                date);
        writeBatches(id, reference, term, scope, paid, programmeNames, split, account, now);
        RoundView view = get(id, account.scope());
        audit.record(AuditRecord.of(
                        "CREATE",
                        AUDIT_TYPE,
                        id,
                        "创建发放轮次 " + reference + "（" + view.regionName() + " " + programmeNames + " " + term.label()
                                + "，发放日期 " + date + "）：" + view.batches().size() + " 个银行批次，" + view.count()
                                + " 笔，" + view.amount() + " 元"
                                + (split.notYetDue().count() == 0
                                        ? ""
                                        : "；" + split.notYetDue().count() + " 期未到期留待以后发放")
                                + (split.withoutCard().isEmpty()
                                        ? ""
                                        : "；" + split.withoutCard().size() + " 名学生缺少资助卡号未编入"))
                .by(account.username()));
        return view;
    }

    /** One DRAFT batch per bank with its lines (one COPY each), audited. */
    private void writeBatches(
            long id,
            String reference,
            Term term,
            Scope scope,
            List<String> paid,
            String programmeNames,
            RoundSplit split,
            CurrentAccount account,
            Instant now) {
        Map<String, String> templates = rounds.templates(scope.county());
        String region = scope.townships().size() == 1 ? scope.townships().getFirst() : scope.county();
        try {
            for (Map.Entry<String, List<DueInstallment>> bank : split.byBank().entrySet()) {
                RoundBatch batch = new RoundBatch(
                        id,
                        PayoutReference.batch(term, batches.nextBatchNumber()),
                        term,
                        region,
                        paid,
                        programmeNames,
                        bank.getKey(),
                        templates.get(bank.getKey()));
                ControlTotals control = RoundSplit.totals(bank.getValue());
                long batchId = batches.insertForRound(batch, control, account.username(), now);
                payments.copy(batchId, lines.installmentRows(term, bank.getValue()));
                audit.record(AuditRecord.of(
                                "CREATE",
                                PayoutBatches.AUDIT_TYPE,
                                batchId,
                                "发放轮次 " + reference + " 创建发放批次 " + batch.reference() + "（" + bank.getKey() + "）："
                                        + control.count() + " 笔，" + control.amount() + " 元")
                        .by(account.username()));
            }
        } catch (DuplicateKeyException taken) {
            throw new AwardsAlreadyInBatch();
        }
    }

    /** Records the bank file template each bank's batches take in the county (as an export would), e.g. for a new county. */
    @Transactional
    public void rememberTemplates(String countyCode, Map<String, String> templateByBank, String by) {
        templateByBank.forEach((bank, template) -> rounds.rememberTemplate(countyCode, bank, template, by));
    }

    /** 审核通过 every batch of the round waiting for it, by someone who made none of them; all or nothing. */
    @Transactional
    public RoundView approve(long id, CurrentAccount account) {
        return decide(id, account, "APPROVE", "审核通过", round -> {
            Map<Long, ControlTotals> stored = new HashMap<>();
            round.batches().forEach(b -> stored.put(b.id(), payments.totals(b.id())));
            return round.approve(account.username(), Instant.now(), stored);
        });
    }

    /** 驳回 every batch of the round waiting for approval back to its makers, with the opinion. */
    @Transactional
    public RoundView reject(long id, String opinion, CurrentAccount account) {
        return decide(
                id,
                account,
                "REJECT",
                "驳回（审核意见：" + (opinion == null ? "" : opinion.strip()) + "）",
                round -> round.reject(account.username(), Instant.now(), opinion));
    }

    /** 重新提交: a maker hands the corrected batches that were sent back to the checker again. */
    @Transactional
    public RoundView resubmit(long id, CurrentAccount account) {
        return decide(id, account, "RESUBMIT", "修改后重新提交", round -> round.resubmit(account.username()));
    }

    /** 驳回 one batch (of a round or not) back to its makers with the opinion. */
    @Transactional
    public BatchView rejectBatch(long batchId, String opinion, CurrentAccount account) {
        return decideBatch(batchId, account, "REJECT", "驳回", b -> b.reject(account.username(), Instant.now(), opinion));
    }

    /** 重新提交 one batch that was sent back. */
    @Transactional
    public BatchView resubmitBatch(long batchId, CurrentAccount account) {
        return decideBatch(batchId, account, "RESUBMIT", "修改后重新提交", b -> b.resubmit(account.username()));
    }

    @Transactional(readOnly = true)
    public RoundView get(long id, DataScope scope) {
        RoundView round = rounds.find(id, scope).orElseThrow(() -> new RoundNotFound(id));
        return complete(round, scope);
    }

    @Transactional(readOnly = true)
    public List<RoundView> list(Term term, DataScope scope) {
        return rounds.list(term, scope).stream().map(r -> complete(r, scope)).toList();
    }

    /** What waits for {@code account}'s approval (待办): rounds and single batches made by others, oldest first. */
    @Transactional(readOnly = true)
    public List<ApprovalTask> awaitingApprovalBy(CurrentAccount account) {
        List<ApprovalTask> tasks = new ArrayList<>();
        for (RoundView round : rounds.list(null, account.scope()).reversed()) {
            RoundView full = complete(round, account.scope());
            List<BatchView> waiting = full.awaitingApproval();
            if (!waiting.isEmpty() && !full.hasContributor(account.username())) {
                tasks.add(new ApprovalTask(
                        "发放轮次 " + full.term().label() + " " + full.programmeNames() + "（" + waiting.size() + " 个银行批次）",
                        full.reference(),
                        waiting.stream().mapToLong(BatchView::controlCount).sum(),
                        waiting.stream().map(BatchView::controlAmount).reduce(Money.ZERO, Money::plus),
                        "/payout-rounds/" + full.id()));
            }
        }
        for (BatchView b : batches.awaitingApproval(account.scope())) {
            if (!b.hasContributor(account.username())) {
                tasks.add(new ApprovalTask(
                        "发放批次 " + b.label() + " " + b.programmeName(),
                        b.reference(),
                        b.controlCount(),
                        b.controlAmount(),
                        "/payout-batches/" + b.id()));
            }
        }
        return tasks;
    }

    private RoundView decide(
            long id,
            CurrentAccount account,
            String action,
            String what,
            Function<PayoutRound, List<PayoutBatch>> decision) {
        PayoutRound round = PayoutRound.of(get(id, account.scope()));
        List<PayoutBatch> decided;
        try {
            decided = decision.apply(round);
            decided.forEach(batches::save);
        } catch (BatchRefused refused) {
            throw refused.auditedAs(Concern.APPROVAL).about(AUDIT_TYPE, id);
        }
        long count = decided.stream().mapToLong(b -> b.control().count()).sum();
        for (PayoutBatch b : decided) {
            audit.record(AuditRecord.of(action, PayoutBatches.AUDIT_TYPE, b.id(), what + "发放批次 " + b.reference())
                    .by(account.username()));
        }
        audit.record(AuditRecord.of(
                        action,
                        AUDIT_TYPE,
                        id,
                        what + "发放轮次 " + round.view().reference() + "：" + decided.size() + " 个批次，" + count + " 笔")
                .by(account.username()));
        return get(id, account.scope());
    }

    private BatchView decideBatch(
            long batchId,
            CurrentAccount account,
            String action,
            String what,
            java.util.function.Consumer<PayoutBatch> decision) {
        PayoutBatch batch = batches.find(batchId, account.scope()).orElseThrow(() -> new BatchNotFound(batchId));
        try {
            decision.accept(batch);
            batches.save(batch);
        } catch (BatchRefused refused) {
            throw refused.auditedAs(Concern.APPROVAL).about(PayoutBatches.AUDIT_TYPE, batchId);
        }
        audit.record(AuditRecord.of(
                        action,
                        PayoutBatches.AUDIT_TYPE,
                        batchId,
                        what + "发放批次 " + batch.reference()
                                + (batch.review() == null
                                        ? ""
                                        : "，审核意见：" + batch.review().opinion()))
                .by(account.username()));
        return batches.view(batchId, account.scope()).orElseThrow(() -> new BatchNotFound(batchId));
    }

    private RoundView complete(RoundView round, DataScope scope) {
        List<String> codes = round.townshipCodes().isEmpty() ? List.of(round.countyCode()) : round.townshipCodes();
        Map<String, String> names = regions.namesOf(codes);
        String region = String.join(
                "、", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
        List<BatchView> of = batches.ofRound(round.id(), scope).stream()
                .map(b -> b.named(names.getOrDefault(b.townshipCode(), region)))
                .toList();
        return round.completed(region, of);
    }

    private List<String> cardProgrammes(Term term, List<String> programmeCodes) {
        List<String> card = new ArrayList<>(new LinkedHashSet<>(programmeCodes == null ? List.of() : programmeCodes))
                .stream()
                        .filter(p -> p != null && !p.isBlank() && paidByCard(p, term))
                        .toList();
        if (card.isEmpty()) {
            throw RoundRefused.noProgramme();
        }
        return card;
    }

    /** The county of the account and the regions a round covers: the chosen townships, or the county. */
    private Scope scope(DataScope scope, List<String> townshipCodes) {
        String prefix = scope.regionPrefix();
        if (scope.schoolId() != null || prefix == null || prefix.length() != 6) {
            throw RoundRefused.regionNotInScope(prefix == null ? "" : prefix);
        }
        List<String> townships = List.copyOf(new LinkedHashSet<>(townshipCodes == null ? List.of() : townshipCodes));
        for (String t : townships) {
            if (t == null
                    || !t.matches("[0-9]{9}")
                    || !t.startsWith(prefix)
                    || regions.find(t).isEmpty()) {
                throw RoundRefused.regionNotInScope(t);
            }
        }
        return new Scope(prefix, townships);
    }

    private record Scope(String county, List<String> townships) {
        List<String> regions() {
            return townships.isEmpty() ? List.of(county) : townships;
        }
    }
}
