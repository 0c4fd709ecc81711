package com.aidloop.programme;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * A proposed change of the catalogue as pages and the API show it.
 *
 * @param summary what it changes, in one Chinese sentence, e.g. "国家助学金（普通高中） 一档 1,800.00，自2026年秋季学期起执行"
 * @param programmeCode the programme of a standard, or null for an exclusion group
 * @param programmeCodes the programmes concerned: the standard's, or the group's
 * @param tier the standard's tier, or null
 * @param validFrom the standard's first term, or null
 * @param exclusionId the group to remove, or null
 * @param decidedBy who approved, rejected or withdrew it, or null while pending
 */
public record CatalogueChangeView(
        long id,
        ChangeKind kind,
        CatalogueOwner owner,
        ChangeStatus status,
        String summary,
        String programmeCode,
        List<String> programmeCodes,
        Tier tier,
        Term validFrom,
        Long exclusionId,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        int version) {

    public CatalogueChangeView {
        programmeCodes = List.copyOf(programmeCodes);
    }

    public boolean pending() {
        return status == ChangeStatus.PENDING;
    }

    /** Whether the account may approve or reject it: pending, the right to change its owner's entries, and not its proposer. */
    public boolean decidableBy(CurrentAccount account) {
        return pending()
                && account.may(Permission.PROGRAMME_EDIT)
                && owner.changeableFrom(account.regionCode())
                && !proposedBy.equalsIgnoreCase(account.username());
    }

    /** Whether the account may withdraw it: pending, and its own proposal. */
    public boolean withdrawableBy(CurrentAccount account) {
        return pending() && proposedBy.equalsIgnoreCase(account.username());
    }
}
