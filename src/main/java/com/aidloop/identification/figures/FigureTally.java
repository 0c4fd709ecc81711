package com.aidloop.identification.figures;

import com.aidloop.identification.threeparty.domain.StageOfApplication;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.Messages;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the counts of each school and grade (counted by the database) up to townships, schools,
 * stages and the total. The stage of a grade is the one three-party review routes by
 * ({@link StageOfApplication}); a grade that does not tell it counts under 学段未定.
 */
record FigureTally(FigureRow total, List<FigureRow> byTownship, List<FigureRow> bySchool, List<FigureRow> byStage) {

    static final String UNKNOWN_STAGE = "UNKNOWN";

    static FigureTally of(
            List<FigureStore.Counted> counted, Map<String, String> townshipNames, Map<Long, SchoolView> schools) {
        FigureRow total = FigureRow.empty("", "合计");
        Map<String, FigureRow> townships = new LinkedHashMap<>();
        Map<String, FigureRow> bySchool = new LinkedHashMap<>();
        Map<String, FigureRow> stages = new LinkedHashMap<>();
        for (FigureStore.Counted c : counted) {
            FigureRow counts = c.counts();
            total = total.plus(counts);
            townships.merge(
                    c.townshipCode(),
                    named(counts, c.townshipCode(), townshipNames.getOrDefault(c.townshipCode(), c.townshipCode())),
                    FigureRow::plus);
            SchoolView school = schools.get(c.schoolId());
            String schoolId = String.valueOf(c.schoolId());
            String schoolName = school == null ? schoolId : school.name();
            bySchool.merge(
                    String.join("\u0000", c.townshipCode(), schoolName, schoolId),
                    named(counts, schoolId, schoolName),
                    FigureRow::plus);
            Stage stage = school == null ? null : StageOfApplication.of(school.stages(), c.grade());
            String stageKey = stage == null ? UNKNOWN_STAGE : stage.name();
            stages.merge(stageKey, named(counts, stageKey, stageLabel(stage)), FigureRow::plus);
        }
        return new FigureTally(total, sortedByKey(townships), sortedByKey(bySchool), byStageOrder(stages));
    }

    private static FigureRow named(FigureRow counts, String code, String name) {
        return FigureRow.empty(code, name).plus(counts);
    }

    private static String stageLabel(Stage stage) {
        return stage == null ? Messages.format("identification.figures.stageUnknown") : stage.label();
    }

    /** Townships by code; schools by township code, then name. */
    private static List<FigureRow> sortedByKey(Map<String, FigureRow> rows) {
        return rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Stages in the order of education, 学段未定 last. */
    private static List<FigureRow> byStageOrder(Map<String, FigureRow> rows) {
        return rows.values().stream()
                .sorted(Comparator.comparingInt(r -> r.code().equals(UNKNOWN_STAGE)
                        ? Integer.MAX_VALUE
                        : Stage.valueOf(r.code()).ordinal()))
                .toList();
    }
}
