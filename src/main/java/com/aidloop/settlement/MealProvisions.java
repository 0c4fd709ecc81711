package com.aidloop.settlement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.settlement.domain.MealProvision;
import com.aidloop.settlement.persistence.ProvisionStore;
import com.aidloop.settlement.persistence.TransferStore;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meals a school served under an in-kind programme (膳食供应), recorded month by month by the
 * school's own staff. A month recorded again replaces it, until the county has recorded the
 * term's transfer to the school; then the months are the transfer's evidence and stay.
 */
@Service
public class MealProvisions {

    private final ProvisionStore store;
    private final TransferStore transfers;
    private final PayingRules rules;
    private final SchoolManagement schools;
    private final AuditTrail audit;

    MealProvisions(
            ProvisionStore store,
            TransferStore transfers,
            PayingRules rules,
            SchoolManagement schools,
            AuditTrail audit) {
        this.store = store;
        this.transfers = transfers;
        this.rules = rules;
        this.schools = schools;
        this.audit = audit;
    }

    /** The in-kind programmes of the term (those a school records meals for), code → channel. */
    @Transactional(readOnly = true)
    public List<String> inKindProgrammes(Term term) {
        return rules.settledWithSchools(term).entrySet().stream()
                .filter(e -> e.getValue() == PaymentChannel.IN_KIND)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ProvisionView> list(Term term, DataScope scope) {
        return scope.isNothing() ? List.of() : store.list(term, scope);
    }

    /** The months recorded per school and programme ("schoolId/code" → months), for the county's list. */
    @Transactional(readOnly = true)
    public Map<String, List<ProvisionView>> bySchool(Term term, DataScope scope) {
        return list(term, scope).stream().collect(Collectors.groupingBy(p -> p.schoolId() + "/" + p.programmeCode()));
    }

    /** Records a month of meals for the account's own school; refused for county staff and after the transfer. */
    @Transactional
    public ProvisionView record(
            String programmeCode,
            Term term,
            String month,
            String days,
            String students,
            String amount,
            CurrentAccount account) {
        Long schoolId = account.scope().schoolId();
        if (schoolId == null) {
            throw new SettlementRefused(Kind.FORBIDDEN, "provision.onlyTheSchool");
        }
        if (rules.channelOf(programmeCode, term) != PaymentChannel.IN_KIND) {
            throw new SettlementRefused(Kind.INVALID, "provision.notInKind", programmeCode, term.label());
        }
        MealProvision provision = MealProvision.parse(term, month, days, students, amount);
        transfers
                .find(term, schoolId, programmeCode)
                .filter(t -> t.status() != TransferStatus.DRAFT)
                .ifPresent(t -> {
                    throw new SettlementRefused(Kind.CONFLICT, "provision.transferRecorded", t.reference());
                });
        SchoolView school = schools.byId(schoolId).orElseThrow();
        store.save(schoolId, school.townshipCode(), programmeCode, provision, Instant.now(), account.username());
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "school",
                        schoolId,
                        "登记膳食供应：" + school.name() + " " + MealProvision.label(provision.month()) + "，供餐"
                                + provision.daysServed() + "天，" + provision.studentsServed() + "人，"
                                + provision.amount().yuan().toPlainString() + "元")
                .by(account.username()));
        return store.list(term, account.scope()).stream()
                .filter(p ->
                        p.programmeCode().equals(programmeCode) && p.month().equals(provision.month()))
                .findFirst()
                .orElseThrow();
    }
}
