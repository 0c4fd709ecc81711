package com.aidloop.identification.threeparty;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.threeparty.persistence.RecordStore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed three-party review record (家庭经济困难学生认定三方会审记录表), for one application or
 * a batch of the approved ones of a school year (one school, one township, or the whole scope).
 * Village, township and county staff see the reviews in their scope, a school its own; outside it
 * 404. The record holds no income or health and only masked ID numbers; every printing is audited,
 * one record per application printed, as the application form's printing is.
 */
@Service
public class ReviewRecords {

    /** The most records one printed batch holds; a larger one is narrowed by school or township. */
    public static final int BATCH_LIMIT = 300;

    private final RecordStore store;
    private final AuditTrail audit;

    ReviewRecords(RecordStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One application's record; audited. */
    @Transactional
    public ReviewRecord one(long id, CurrentAccount account) {
        List<ReviewRecord> found =
                ThreePartyReviews.stepOf(account) == null ? List.of() : store.one(id, account.scope());
        if (found.isEmpty()) {
            throw new ReviewNotFound(id);
        }
        ReviewRecord record = withReturns(found).getFirst();
        audited(List.of(record), "打印三方会审记录表：");
        return record;
    }

    /** The records of the approved applications the filter chooses in the scope; audited, each one. */
    @Transactional
    public Batch approved(RecordFilter filter, CurrentAccount account) {
        if (ThreePartyReviews.stepOf(account) == null) {
            return new Batch(List.of(), false);
        }
        List<ReviewRecord> found = store.approved(filter, account.scope(), BATCH_LIMIT + 1);
        boolean more = found.size() > BATCH_LIMIT;
        List<ReviewRecord> records = withReturns(more ? found.subList(0, BATCH_LIMIT) : found);
        audited(records, "批量打印三方会审记录表（" + filter.schoolYear() + "学年已审批）：");
        return new Batch(records, more);
    }

    /** The schools and townships with approved reviews of a school year in the scope. */
    public List<RecordStore.Place> places(int schoolYear, CurrentAccount account) {
        return ThreePartyReviews.stepOf(account) == null ? List.of() : store.places(schoolYear, account.scope());
    }

    /** A printed batch; {@code more} when the filter chose more than {@link #BATCH_LIMIT}. */
    public record Batch(List<ReviewRecord> records, boolean more) {}

    private List<ReviewRecord> withReturns(List<ReviewRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        Map<Long, List<ReviewRecord.Returned>> returns =
                store.returns(records.stream().map(ReviewRecord::applicationId).toList());
        return records.stream()
                .map(r -> r.withReturns(returns.getOrDefault(r.applicationId(), List.of())))
                .toList();
    }

    private void audited(List<ReviewRecord> records, String what) {
        audit.recordAll(records.stream()
                .map(r -> AuditRecord.of(
                        "EXPORT",
                        ThreePartyReviews.AUDITED_AS,
                        r.applicationId(),
                        what + r.student().name()))
                .toList());
    }
}
