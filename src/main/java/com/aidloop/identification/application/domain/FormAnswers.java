package com.aidloop.identification.application.domain;

import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.BandIndicator;
import com.aidloop.identification.domain.ChoiceIndicator;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.identification.domain.Indicator;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.YesNoIndicator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns a form into the answers a model scores. The form gives some answers itself: the
 * per-capita income (every band on multiples of the 低保 line), a major illness in the household
 * or in the last year (MAJOR_ILLNESS), a disaster or accident in the last year (DISASTER), and
 * siblings in school by stage (SIBLINGS_COMPULSORY, SIBLINGS_NON_COMPULSORY). The family answers
 * the model's other choices on the form; special groups count where the model recognises them
 * directly. Only the model's own indicator codes are answered.
 */
public final class FormAnswers {

    /** The indicator codes the form derives, which the form therefore does not ask. */
    public static final Set<String> DERIVED =
            Set.of("INCOME_MULTIPLE", "MAJOR_ILLNESS", "DISASTER", "SIBLINGS_COMPULSORY", "SIBLINGS_NON_COMPULSORY");

    private FormAnswers() {}

    /** The answers of the form under the model's rules, emergencies counted within a year of {@code day}. */
    public static Answers of(ApplicationForm form, ModelRules rules, LocalDate day) {
        Map<String, String> values = new HashMap<>();
        for (Indicator indicator : rules.indicators()) {
            String derived = derived(indicator, form, day);
            String answer = derived != null ? derived : form.indicatorAnswers().get(indicator.code());
            if (answer != null && !answer.isBlank()) {
                values.put(indicator.code(), answer.strip());
            }
        }
        Set<String> groups = new HashSet<>();
        for (DirectGroup group : rules.directGroups()) {
            if (form.specialGroups().contains(group.code())) {
                groups.add(group.code());
            }
        }
        return Answers.of(values, groups);
    }

    /** Whether the form answers the indicator itself (so the page does not ask it). */
    public static boolean derives(Indicator indicator) {
        return DERIVED.contains(indicator.code())
                || indicator instanceof BandIndicator band && band.basis() == BandIndicator.Basis.MULTIPLE_OF_DIBAO;
    }

    private static String derived(Indicator indicator, ApplicationForm form, LocalDate day) {
        if (indicator instanceof BandIndicator band && band.basis() == BandIndicator.Basis.MULTIPLE_OF_DIBAO) {
            return form.members().isEmpty() ? null : form.perCapitaIncome().toPlainString();
        }
        return switch (indicator.code()) {
            case "MAJOR_ILLNESS" ->
                yesNo(indicator, form.anyMajorIllness() || happened(form, day, Emergency.Kind.SERIOUS_ILLNESS));
            case "DISASTER" ->
                yesNo(
                        indicator,
                        happened(form, day, Emergency.Kind.DISASTER) || happened(form, day, Emergency.Kind.ACCIDENT));
            case "SIBLINGS_COMPULSORY" -> siblings(indicator, form.siblings().compulsory());
            case "SIBLINGS_NON_COMPULSORY" ->
                siblings(indicator, form.siblings().nonCompulsory());
            default -> null;
        };
    }

    private static boolean happened(ApplicationForm form, LocalDate day, Emergency.Kind kind) {
        return form.emergencies().stream().anyMatch(e -> e.kind() == kind && e.within12MonthsOf(day));
    }

    private static String yesNo(Indicator indicator, boolean yes) {
        return indicator instanceof YesNoIndicator ? (yes ? "是" : "否") : null;
    }

    private static String siblings(Indicator indicator, int count) {
        if (!(indicator instanceof ChoiceIndicator choice)) {
            return null;
        }
        String wanted = count == 0 ? "以上均不是" : "有" + (count >= 3 ? "3个及以上" : count + "个") + "兄弟姐妹";
        return choice.choices().stream()
                .map(ChoiceIndicator.Choice::label)
                .filter(label -> count == 0 ? label.equals(wanted) : label.startsWith(wanted))
                .findFirst()
                .orElse(null);
    }
}
