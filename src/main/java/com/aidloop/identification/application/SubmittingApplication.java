package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.IndicatorScoring;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Suggestion;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.identification.window.IdentificationWindows;
import com.aidloop.identification.window.OpenWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits an application and scores it at once under the model in force in the school's county
 * for the school year; the score (with its explanation) is kept, its level as the suggestion. A
 * student whose family the special-difficulty register recognises is recognised directly.
 * Every submission, the family's and the school's paper entry alike, goes through here, and a
 * first submission needs a window open for the student (the county's, or a late one the school
 * opened); an application the school returned may be corrected and submitted again at any time.
 */
@Service
public class SubmittingApplication {

    private final Applications applications;
    private final IndicatorModels models;
    private final IndicatorScoring scoring;
    private final ApplicationAnswers answers;
    private final IdentificationWindows windows;
    private final AuditTrail audit;

    SubmittingApplication(
            Applications applications,
            IndicatorModels models,
            IndicatorScoring scoring,
            ApplicationAnswers answers,
            IdentificationWindows windows,
            AuditTrail audit) {
        this.applications = applications;
        this.models = models;
        this.scoring = scoring;
        this.answers = answers;
        this.windows = windows;
        this.audit = audit;
    }

    /** The model an application of the county and year is scored under, if one is published. */
    public Optional<IndicatorModel> modelFor(String countyCode, int schoolYear) {
        return models.inForce(countyCode, schoolYear);
    }

    @Transactional
    public ScoreResult submit(long id, CurrentAccount account) {
        return submit(id, account, Instant.now());
    }

    /** Submits at the moment given (tests submit after the window closed). */
    @Transactional
    public ScoreResult submit(long id, CurrentAccount account, Instant now) {
        return submit(applications.get(id, account), now);
    }

    /** Submits an application the caller has found within its reach (staff) or its family's students. */
    ScoreResult submit(Application application, Instant now) {
        if (application.status() != ApplicationStatus.RETURNED) {
            requireWindow(application.facts().studentId(), application.facts().schoolYear(), now);
        }
        IndicatorModel model = modelFor(
                        application.facts().countyCode(), application.facts().schoolYear())
                .orElseThrow(() -> new ApplicationMoveRefused(
                        "identification.application.noModel",
                        application.facts().schoolYearLabel()));
        application.submit(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        long id = application.id();
        ScoreResult score = scoring.score(
                id, model.id(), answers.of(application.facts().studentId(), application.form(), model.rules(), today));
        application.suggest(new Suggestion(model.id(), score.total(), score.level()));
        applications.save(application);
        audit.record(AuditRecord.of(
                "PROPOSE",
                Applications.AUDITED_AS,
                id,
                "提交认定申请：" + application.facts().studentName()));
        return score;
    }

    /**
     * The window the student may apply in now for that school year, or a refusal in Chinese: the
     * county's window is not open (before, after or without one) and the school opened no late one.
     */
    public OpenWindow requireWindow(long studentId, int schoolYear, Instant now) {
        return windows.openFor(studentId, now)
                .filter(open -> open.schoolYear() == schoolYear)
                .orElseThrow(
                        () -> new ApplicationMoveRefused("identification.application.windowClosed", schoolYear + "学年"));
    }
}
