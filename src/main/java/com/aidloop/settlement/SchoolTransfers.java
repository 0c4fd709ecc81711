package com.aidloop.settlement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.settlement.domain.SchoolTransfer;
import com.aidloop.settlement.domain.SchoolTransfer.Stamp;
import com.aidloop.settlement.persistence.TransferStore;
import com.aidloop.shared.Refusal.Concern;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers to schools (资金拨付单) after they are drafted ({@link DraftingTransfers}): read in the
 * scope, the transfer recorded by the county (登记转账), the receipt confirmed by the school
 * (确认到账). Each step is the aggregate's ({@link SchoolTransfer}), saved only if nobody changed
 * the transfer meanwhile, and audited in the same transaction.
 */
@Service
public class SchoolTransfers {

    private final TransferStore store;
    private final AuditTrail audit;
    private final ChinaTime time;
    private final ApplicationEventPublisher events;

    SchoolTransfers(TransferStore store, AuditTrail audit, ChinaTime time, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TransferView> list(Term term, DataScope scope) {
        return store.list(term, scope).stream().map(SchoolTransfers::view).toList();
    }

    @Transactional(readOnly = true)
    public TransferView get(long id, DataScope scope) {
        return view(store.find(id, scope).orElseThrow(() -> SettlementRefused.transferNotFound(id)));
    }

    /** The transfers of the terms in the scope (the school's own; a region's schools), for progress and integrity. */
    @Transactional(readOnly = true)
    public List<TransferTally> tallies(Collection<Term> terms, DataScope scope) {
        if (scope.isNothing() || terms.isEmpty()) {
            return List.of();
        }
        return store.tallies(terms, scope);
    }

    /** 登记转账 by county staff (PAYOUT_MANAGE, checked by the caller): date and voucher number. */
    @Transactional
    public TransferView recordTransfer(
            long id, LocalDate on, String voucher, Integer seenVersion, CurrentAccount account) {
        SchoolTransfer before = found(id, seenVersion, account.scope());
        if (account.scope().schoolId() != null) {
            throw new SettlementRefused(Kind.FORBIDDEN, "transfer.onlyCountyRecords", before.reference())
                    .auditedAs(Concern.APPROVAL)
                    .about(SettlementRefused.TRANSFER, id);
        }
        SchoolTransfer after =
                before.recordTransfer(on, voucher, time.today(), new Stamp(account.username(), Instant.now()));
        save(after);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        SettlementRefused.TRANSFER,
                        id,
                        "登记资金拨付 " + after.reference() + "（" + after.school().name() + " " + after.programmeName() + " "
                                + after.term().label() + "）："
                                + after.owed().amount().yuan().toPlainString() + " 元，"
                                + after.transferredOn() + "，凭证号 " + after.voucherNumber())
                .withChanges(List.of(
                        new FieldChange(
                                "status", before.status().name(), after.status().name()),
                        new FieldChange("voucher_number", null, after.voucherNumber()),
                        new FieldChange(
                                "transferred_on", null, after.transferredOn().toString())))
                .by(account.username()));
        events.publishEvent(new SchoolTransferRecorded(
                id,
                after.reference(),
                after.term(),
                after.programmeCode(),
                after.school().id(),
                after.owed().amount(),
                after.transferredOn()));
        return get(id, account.scope());
    }

    /** 确认到账 by the school's own staff: only after the transfer is recorded, and once. */
    @Transactional
    public TransferView confirmReceipt(long id, Integer seenVersion, CurrentAccount account) {
        SchoolTransfer before = found(id, seenVersion, account.scope());
        SchoolTransfer after;
        try {
            after = before.confirmReceipt(account.scope().schoolId(), new Stamp(account.username(), Instant.now()));
        } catch (SettlementRefused refused) {
            throw (SettlementRefused) refused.auditedAs(Concern.APPROVAL).about(SettlementRefused.TRANSFER, id);
        }
        save(after);
        audit.record(AuditRecord.of(
                        "APPROVE",
                        SettlementRefused.TRANSFER,
                        id,
                        "学校确认到账 " + after.reference() + "（" + after.school().name() + " " + after.programmeName() + "）："
                                + after.owed().amount().yuan().toPlainString() + " 元")
                .withChanges(List.of(
                        new FieldChange(
                                "status", before.status().name(), after.status().name()),
                        new FieldChange("confirmed_by", null, account.username())))
                .by(account.username()));
        return get(id, account.scope());
    }

    private SchoolTransfer found(long id, Integer seenVersion, DataScope scope) {
        SchoolTransfer transfer = store.find(id, scope).orElseThrow(() -> SettlementRefused.transferNotFound(id));
        if (seenVersion != null && seenVersion != transfer.version()) {
            throw SettlementRefused.changedMeanwhile(transfer.reference(), id);
        }
        return transfer;
    }

    private void save(SchoolTransfer after) {
        if (!store.save(after)) {
            throw SettlementRefused.changedMeanwhile(after.reference(), after.id());
        }
    }

    static TransferView view(SchoolTransfer t) {
        return new TransferView(
                t.id(),
                t.version(),
                t.reference(),
                t.term(),
                t.school().id(),
                t.school().code(),
                t.school().name(),
                t.school().townshipCode(),
                t.programmeCode(),
                t.programmeName(),
                t.channel(),
                t.owed().awards(),
                t.owed().amount(),
                t.owed().standard(),
                t.account().name(),
                t.account().bank(),
                t.account().numberMasked(),
                t.status(),
                t.drafted().at(),
                t.drafted().by(),
                t.transferredOn(),
                t.voucherNumber(),
                t.transferred() == null ? null : t.transferred().by(),
                t.confirmed() == null ? null : t.confirmed().at(),
                t.confirmed() == null ? null : t.confirmed().by());
    }
}
