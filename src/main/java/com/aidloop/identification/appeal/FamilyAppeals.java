package com.aidloop.identification.appeal;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.identification.appeal.domain.AppealRefused;
import com.aidloop.identification.appeal.domain.AppealWindow;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.FamilyApplications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's side of appeals (申诉), from the phone: on its own application only (any other is
 * 404, as the family's application pages), whether it may appeal and until when, lodging the
 * appeal once with its grounds (audited), and the county's outcome.
 */
@Service
public class FamilyAppeals {

    static final int GROUNDS_MAX = 1000;

    private final FamilyApplications applications;
    private final AppealStore store;
    private final AppealSettings settings;
    private final ChinaTime time;
    private final AuditTrail audit;

    FamilyAppeals(
            FamilyApplications applications,
            AppealStore store,
            AppealSettings settings,
            ChinaTime time,
            AuditTrail audit) {
        this.applications = applications;
        this.store = store;
        this.settings = settings;
        this.time = time;
        this.audit = audit;
    }

    /**
     * What the family sees of appealing its application.
     *
     * @param appeal the appeal lodged, or null
     * @param problem the message code of the rule that refuses an appeal now, or null when it may appeal
     * @param lastDay the last day to appeal, or null before the identification is final
     */
    public record FamilyAppeal(Application application, Appeal appeal, String problem, LocalDate lastDay) {

        public boolean mayAppeal() {
            return problem == null;
        }

        /** Why the family may not appeal, in Chinese. */
        public String problemText() {
            return problem == null ? "" : Messages.format(problem, lastDay == null ? "" : lastDay.toString());
        }
    }

    /** The family's appeal of one of its applications (404 for any other). */
    public FamilyAppeal of(long applicationId, FamilyApplicant applicant) {
        return of(applications.get(applicationId, applicant));
    }

    /** The same, for an application the family reached already (its application page). */
    public FamilyAppeal of(Application own) {
        Optional<Appeal> appeal = store.ofApplication(own.id());
        AppealWindow.Identification identification = identification(own);
        AppealWindow window = settings.of(own.facts().countyCode());
        String problem = window.problem(identification, appeal.isPresent(), time.now(), time.zone());
        LocalDate lastDay =
                identification.finalAt() == null ? null : window.lastDay(identification.finalAt(), time.zone());
        return new FamilyAppeal(own, appeal.orElse(null), problem, lastDay);
    }

    /** Lodges the family's appeal, once, within the window; audited. */
    @Transactional
    public long lodge(long applicationId, String grounds, FamilyApplicant applicant) {
        FamilyAppeal now = of(applicationId, applicant);
        if (!now.mayAppeal()) {
            throw AppealRefused.conflict(
                    now.problem(), now.lastDay() == null ? "" : now.lastDay().toString());
        }
        String text = grounds == null ? "" : grounds.strip();
        if (text.isEmpty() || text.length() > GROUNDS_MAX) {
            throw AppealRefused.invalid("identification.appeal.groundsRequired", GROUNDS_MAX);
        }
        Application application = now.application();
        String by = applicant.actor().kind().label() + applicant.actor().phoneMasked();
        long id = store.add(new AppealStore.Lodged(
                        application.id(),
                        application.decision().level(),
                        application.suggestion() == null
                                ? null
                                : application.suggestion().level(),
                        text,
                        by))
                .orElseThrow(() -> AppealRefused.conflict("identification.appeal.once"));
        audit.record(AuditRecord.of(
                "CREATE",
                Appeals.AUDITED_AS,
                id,
                "家庭提出认定申诉：" + application.facts().studentName() + "（"
                        + application.decision().level().label() + "）"));
        return id;
    }

    private AppealWindow.Identification identification(Application application) {
        boolean inForce = application.status().finallyDecided() && application.decision() != null;
        if (!inForce) {
            return new AppealWindow.Identification(false, null, null, null);
        }
        Instant decidedAt = application.decision().decidedAt();
        Instant finalAt = store.approvedAt(application.id())
                .filter(approved -> decidedAt == null || approved.isAfter(decidedAt))
                .orElse(decidedAt);
        return new AppealWindow.Identification(
                true,
                application.decision().level(),
                application.suggestion() == null
                        ? null
                        : application.suggestion().level(),
                finalAt);
    }
}
