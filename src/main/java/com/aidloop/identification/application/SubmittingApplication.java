package com.aidloop.identification.application;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.IndicatorScoring;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.FormAnswers;
import com.aidloop.identification.application.domain.Suggestion;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ScoreResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits an application and scores it at once under the model in force in the school's county
 * for the school year; the score (with its explanation) is kept, its level as the suggestion.
 */
@Service
public class SubmittingApplication {

    private final Applications applications;
    private final IndicatorModels models;
    private final IndicatorScoring scoring;
    private final AuditTrail audit;

    SubmittingApplication(
            Applications applications, IndicatorModels models, IndicatorScoring scoring, AuditTrail audit) {
        this.applications = applications;
        this.models = models;
        this.scoring = scoring;
        this.audit = audit;
    }

    /** The model an application of the county and year is scored under, if one is published. */
    public Optional<IndicatorModel> modelFor(String countyCode, int schoolYear) {
        return models.inForce(countyCode, schoolYear);
    }

    @Transactional
    public ScoreResult submit(long id, CurrentAccount account) {
        Application application = applications.get(id, account);
        IndicatorModel model = modelFor(
                        application.facts().countyCode(), application.facts().schoolYear())
                .orElseThrow(() -> new ApplicationMoveRefused(
                        "identification.application.noModel",
                        application.facts().schoolYearLabel()));
        application.submit(Instant.now());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ScoreResult score = scoring.score(id, model.id(), FormAnswers.of(application.form(), model.rules(), today));
        application.suggest(new Suggestion(model.id(), score.total(), score.level()));
        applications.save(application);
        audit.record(AuditRecord.of(
                "PROPOSE",
                Applications.AUDITED_AS,
                id,
                "提交认定申请：" + application.facts().studentName()));
        return score;
    }
}
