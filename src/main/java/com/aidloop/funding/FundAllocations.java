package com.aidloop.funding;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.funding.domain.AllocationEntry;
import com.aidloop.funding.persistence.AllocationStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Permission;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's register of allocated money (资金下达/到位登记). County staff who manage payouts
 * enter each budget notice as it arrives; a wrong entry is never edited but cancelled by a
 * reversal (冲销) with a reason, and entered again. Every entry and reversal is audited.
 */
@Service
@Transactional
public class FundAllocations {

    public static final String AUDIT_TYPE = "fund_allocation";

    private final AllocationStore store;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;
    private final ChinaTime time;

    FundAllocations(AllocationStore store, ProgrammeCatalogue catalogue, AuditTrail audit, ChinaTime time) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
        this.time = time;
    }

    /** Records a budget notice for the account's county; the programme must be one the county sees. */
    public FundAllocation record(
            String programme,
            String term,
            String source,
            String amount,
            String documentNo,
            String receivedOn,
            String note,
            CurrentAccount account) {
        String county = county(account);
        AllocationEntry entry =
                AllocationEntry.parse(programme, term, source, amount, documentNo, receivedOn, note, time.today());
        String name = catalogue
                .detail(entry.programmeCode(), account.scope())
                .map(d -> d.programme().displayName())
                .orElseThrow(() -> new ProgrammeNotFound(entry.programmeCode()));
        long id = store.add(county, entry, account.username());
        audit.record(AuditRecord.of(
                        "CREATE",
                        AUDIT_TYPE,
                        id,
                        "登记资金下达：" + entry.term().label() + name + " "
                                + entry.source().label() + "资金"
                                + entry.amount().display() + "元，文号" + entry.documentNo() + "，" + entry.receivedOn()
                                + "到位")
                .by(account.username()));
        return find(id, entry.term(), account.scope());
    }

    /** Cancels an entry by a reversal with the negative amount; the reason is required. */
    public FundAllocation reverse(long id, String reason, CurrentAccount account) {
        county(account);
        String why = Text.normalize(reason).strip();
        if (why.isEmpty() || why.length() > AllocationEntry.NOTE_MAX) {
            throw InvalidInput.of("reason", "funding.reversal.reason", AllocationEntry.NOTE_MAX);
        }
        FundAllocation entry = store.findForReversal(id, account.scope()).orElseThrow(() -> new AllocationNotFound(id));
        if (!entry.standing()) {
            throw new AllocationRefused("funding.allocation.reversed", id);
        }
        long reversal = store.reverse(entry, "冲销：" + why, account.username());
        audit.record(AuditRecord.of(
                        "REVERSE",
                        AUDIT_TYPE,
                        id,
                        "冲销资金下达登记（文号" + entry.documentNo() + "，"
                                + entry.amount().display() + "元）：" + why)
                .by(account.username()));
        return find(reversal, entry.term(), account.scope());
    }

    /** The entries of the term inside the scope, reversals included, in the order money arrived. */
    @Transactional(readOnly = true)
    public List<FundAllocation> ofTerm(Term term, DataScope scope) {
        return store.ofTerm(term, scope);
    }

    /** Whether the account may enter allocations: payout managers of a county. */
    public static boolean mayRecord(CurrentAccount account) {
        return account.may(Permission.PAYOUT_MANAGE)
                && account.regionCode() != null
                && account.regionCode().length() == 6;
    }

    private static String county(CurrentAccount account) {
        if (!mayRecord(account)) {
            throw new AccessDeniedException("only county payout staff record allocations");
        }
        return account.regionCode();
    }

    private FundAllocation find(long id, Term term, DataScope scope) {
        return store.ofTerm(term, scope).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new AllocationNotFound(id));
    }
}
