package com.aidloop.identification.application.web;

import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.FormAnswers;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.domain.ChoiceIndicator;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.identification.domain.IndicatorModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the form offers for an application: the special groups and the choice questions of the
 * model in force in its county and school year (those the form does not answer itself), health
 * and emergency choices.
 */
@Component
public class ApplicationFormChoices {

    private final SubmittingApplication submitting;

    ApplicationFormChoices(SubmittingApplication submitting) {
        this.submitting = submitting;
    }

    public void addTo(Model model, Application application) {
        IndicatorModel m = model(application);
        model.addAttribute("modelTitle", m == null ? "" : m.title());
        model.addAttribute("groups", m == null ? List.of() : m.rules().directGroups());
        model.addAttribute(
                "questions",
                m == null
                        ? List.of()
                        : m.rules().indicators().stream()
                                .filter(i -> i instanceof ChoiceIndicator && !FormAnswers.derives(i))
                                .map(ChoiceIndicator.class::cast)
                                .toList());
        model.addAttribute("healths", Health.values());
        model.addAttribute("emergencyKinds", Emergency.Kind.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
    }

    /** The names of the special groups by code, under the application's model. */
    public Map<String, String> groupNames(Application application) {
        IndicatorModel m = model(application);
        return m == null
                ? Map.of()
                : m.rules().directGroups().stream().collect(Collectors.toMap(DirectGroup::code, DirectGroup::name));
    }

    private IndicatorModel model(Application application) {
        return submitting
                .modelFor(application.facts().countyCode(), application.facts().schoolYear())
                .orElse(null);
    }
}
