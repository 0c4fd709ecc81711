package com.aidloop.identification.web;

import com.aidloop.identification.domain.CutOff;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The draft's edit form read into rules: each row's points ({@code points_<row>}, blank for "not
 * given"), the cut-offs ({@code cutOff_SPECIAL} …), the 低保 line and the first school year.
 * Every wrong field is reported at once; the indicators themselves change through the workbook.
 */
record RulesForm(ModelRules rules, int effectiveFrom, String summary) {

    static RulesForm read(IndicatorModel draft, Map<String, String> form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow row : ModelRows.rowsOf(draft.rules().indicators())) {
            String field = "points_" + row.rowNumber();
            BigDecimal points = row.points();
            if (form.containsKey(field)) {
                points = number(form.get(field), field, "identification.points.format", problems, row.rowNumber());
                if (!same(points, row.points())) {
                    changed.add(row.name() + "·" + (row.answer().isEmpty() ? row.rule() : row.answer()) + " "
                            + com.aidloop.identification.domain.Points.words(row.points()) + "→"
                            + com.aidloop.identification.domain.Points.words(points));
                }
            }
            rows.add(row.withPoints(points));
        }
        List<CutOff> cutOffs = new ArrayList<>();
        for (DifficultyLevel level :
                List.of(DifficultyLevel.SPECIAL, DifficultyLevel.FAIRLY, DifficultyLevel.GENERAL)) {
            String field = "cutOff_" + level.name();
            BigDecimal min = number(form.get(field), field, "identification.cutOff.format", problems, level.label());
            if (min != null) {
                cutOffs.add(new CutOff(level, min));
            }
        }
        BigDecimal dibao = number(form.get("dibaoLine"), "dibaoLine", "identification.dibao.format", problems, null);
        if (dibao != null && dibao.signum() <= 0) {
            problems.add(
                    new FieldProblem("dibaoLine", "identification.dibao.format", new Object[] {form.get("dibaoLine")}));
        }
        int year = year(form.get("effectiveFrom"), draft.effectiveFrom(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            ModelRules rules = new ModelRules(
                    ModelRows.indicatorsOf(rows),
                    draft.rules().groupCaps(),
                    cutOffs,
                    draft.rules().directGroups(),
                    draft.rules().directLevel(),
                    dibao);
            String summary = changed.isEmpty() ? "分数线、低保标准与适用学年" : String.join("；", changed);
            return new RulesForm(rules, year, summary.length() > 1500 ? summary.substring(0, 1500) + "…" : summary);
        } catch (IllegalArgumentException broken) {
            throw InvalidInput.of("cutOffs", "identification.cutOff.order");
        }
    }

    private static BigDecimal number(String raw, String field, String code, List<FieldProblem> problems, Object label) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.stripTrailingZeros().scale() <= 2 && value.abs().compareTo(new BigDecimal("99999999")) < 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, code, label == null ? new Object[] {text} : new Object[] {label, text}));
        return null;
    }

    private static int year(String raw, int current, List<FieldProblem> problems) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return current;
        }
        if (text.matches("\\d{4}") && Integer.parseInt(text) >= 2000 && Integer.parseInt(text) <= 2100) {
            return Integer.parseInt(text);
        }
        problems.add(new FieldProblem("effectiveFrom", "identification.model.year", new Object[] {text}));
        return current;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
