package com.aidloop.identification.appeal;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.identification.appeal.domain.AppealDecision;
import com.aidloop.identification.appeal.domain.AppealRefused;
import com.aidloop.identification.appeal.domain.AppealRuling;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.domain.Application;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's side of appeals (申诉): the appeals of its schools' students in reach, waiting and
 * decided with their counts; a school reads its students' appeals. The county decides once, with
 * a reason: an upheld appeal changes the level through the semester adjustment's path (kept in the
 * identification's history as 申诉改定). Every decision is audited.
 */
@Service
public class Appeals {

    static final String AUDITED_AS = "identification_appeal";
    static final String ADJUSTED_AS = "申诉改定：";
    private static final int LISTED = 500;

    private final AppealStore store;
    private final ApplicationReach reach;
    private final AdjustingIdentification adjusting;
    private final AuditTrail audit;
    private final FamilyTold told;

    Appeals(
            AppealStore store,
            ApplicationReach reach,
            AdjustingIdentification adjusting,
            AuditTrail audit,
            FamilyTold told) {
        this.store = store;
        this.reach = reach;
        this.adjusting = adjusting;
        this.audit = audit;
        this.told = told;
    }

    /** The appeals in reach, waiting (oldest first) or decided (newest first). */
    public List<Appeal> list(CurrentAccount account, boolean waiting) {
        return store.list(reach.of(account), waiting, LISTED);
    }

    /** How many appeals in reach wait for the county ({@code true}) and how many were decided ({@code false}). */
    public Map<Boolean, Integer> counts(CurrentAccount account) {
        return store.counts(reach.of(account));
    }

    /** One appeal in reach, or 404. */
    public Appeal get(long id, CurrentAccount account) {
        return store.find(id, reach.of(account)).orElseThrow(() -> AppealRefused.notFound(id));
    }

    /** The appeal of an application the caller has read already (its page), if any. */
    public java.util.Optional<Appeal> of(Application readInReach) {
        return readInReach == null || readInReach.id() == null
                ? java.util.Optional.empty()
                : store.ofApplication(readInReach.id());
    }

    /** Whether an account decides appeals: the county's identification staff (6-digit region). */
    public static boolean decides(CurrentAccount account) {
        return account.may(Permission.IDENTIFICATION_YEAR)
                && account.regionCode() != null
                && account.regionCode().length() == 6;
    }

    /**
     * The county decides an appeal in reach, once: maintained, or the level changed through the
     * adjustment path with the reason 申诉改定：…; audited, and the family told by one SMS that
     * names no level. A school or another level may not (403).
     */
    @Transactional
    public Appeal decide(long id, AppealRuling ruling, CurrentAccount account) {
        Appeal appeal = get(id, account);
        if (!decides(account)) {
            throw AppealRefused.forbidden("identification.appeal.countyOnly");
        }
        appeal.check(ruling);
        if (!store.decide(id, ruling, account.username())) {
            throw AppealRefused.conflict("identification.appeal.decided");
        }
        String what = ruling.decision().label();
        if (ruling.decision() == AppealDecision.CHANGE_LEVEL) {
            adjusting.adjustOnAppeal(appeal.applicationId(), ruling.newLevel(), ADJUSTED_AS + ruling.reason(), account);
            what += "：" + appeal.appealedLevel().label() + " → "
                    + ruling.newLevel().label();
        }
        audit.record(AuditRecord.of(
                        "APPROVE",
                        AUDITED_AS,
                        id,
                        "处理认定申诉（" + what + "）：" + appeal.studentName() + "，理由：" + ruling.reason())
                .by(account.username()));
        told.ruled(appeal);
        return get(id, account);
    }
}
