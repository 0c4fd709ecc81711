package com.aidloop.identification.domain;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An indicator answered by one of its choices, each with its points (分值) and the rule's words. */
public record ChoiceIndicator(String code, String name, String group, List<Choice> choices) implements Indicator {

    /**
     * One answer and its points; null points when the published table does not give them (a value
     * the model's owner must fill in before the line counts).
     */
    public record Choice(String label, BigDecimal points, String rule) {

        public Choice {
            if (label == null || label.isBlank() || label.length() > 100) {
                throw new IllegalArgumentException("a choice needs a label of at most 100 characters");
            }
            label = label.strip();
            Points.checked(points, "points");
            rule = rule == null || rule.isBlank() ? label + "：" + Points.words(points) : rule.strip();
        }
    }

    public ChoiceIndicator {
        Indicator.requireCode(code, name);
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a choice indicator needs choices: " + code);
        }
        Set<String> labels = new HashSet<>();
        for (Choice choice : choices) {
            if (!labels.add(choice.label())) {
                throw new IllegalArgumentException("choice " + choice.label() + " twice in " + code);
            }
        }
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.CHOICE;
    }

    @Override
    public IndicatorLine score(String answer, LocalSettings settings) {
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            return IndicatorLine.notCounted(this, "", "未作答不计分", IndicatorLine.State.NOT_ANSWERED);
        }
        Choice choice = choices.stream()
                .filter(c -> c.label().equals(given))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of(code, "identification.answer.choice", name, given));
        if (choice.points() == null) {
            return IndicatorLine.notCounted(this, given, choice.rule(), IndicatorLine.State.POINTS_NOT_SET);
        }
        return IndicatorLine.counted(this, given, choice.points(), choice.rule());
    }
}
