package com.aidloop.identification.adjustment;

import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.adjustment.domain.Adjustment;
import com.aidloop.identification.application.ApplicationAnswers;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ScoreResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Re-scores an application for a semester adjustment: its form with the family's change added,
 * under the model in force today, the special-difficulty register's recognition included as at
 * submission. The score is a suggestion kept in the adjustment's history; people decide.
 */
@Component
class AdjustmentRescoring {

    private final IndicatorModels models;
    private final ApplicationAnswers answers;

    AdjustmentRescoring(IndicatorModels models, ApplicationAnswers answers) {
        this.models = models;
        this.answers = answers;
    }

    Adjustment.Rescored rescore(Application application, Emergency change, LocalDate today) {
        IndicatorModel model = models.inForce(
                        application.facts().countyCode(), application.facts().schoolYear())
                .orElseThrow(() -> new ApplicationMoveRefused(
                        "identification.adjustment.noModel", application.facts().schoolYearLabel()));
        ApplicationForm form = withChange(application.form(), change);
        ScoreResult score =
                model.rules().score(answers.of(application.facts().studentId(), form, model.rules(), today));
        return new Adjustment.Rescored(model.id(), score.total(), score.level(), score.explanation());
    }

    static ApplicationForm withChange(ApplicationForm form, Emergency change) {
        if (change == null) {
            return form;
        }
        List<Emergency> emergencies = new ArrayList<>(form.emergencies());
        emergencies.add(change);
        return new ApplicationForm(
                form.members(),
                form.incomes(),
                form.specialGroups(),
                form.housing(),
                emergencies,
                form.siblings(),
                form.indicatorAnswers(),
                form.commitment());
    }
}
