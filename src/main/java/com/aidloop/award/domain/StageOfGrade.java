package com.aidloop.award.domain;

import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which stage (学段) a student is in, from the stages the school teaches and the grade written in
 * the roster: a school of one stage decides by itself unless the grade names another stage; a
 * nine-year school (小学、初中) needs a grade that tells them apart ("七年级", "初一").
 */
public final class StageOfGrade {

    private static final Pattern PRESCHOOL = Pattern.compile("(小班|中班|大班|学前班|托班|幼儿园.*)");
    private static final Pattern PRIMARY = Pattern.compile("(小学)?([一二三四五六1-6])年级");
    private static final Pattern JUNIOR = Pattern.compile("([七八九789])年级|初[一二三1-3]|初中([一二三1-3])年级");
    private static final Pattern SENIOR = Pattern.compile("高[一二三1-3]|高中([一二三1-3])年级|(十|十一|十二|1[0-2])年级");
    private static final Pattern VOCATIONAL = Pattern.compile("中职([一二三1-3])年级|中职[一二三1-3]|职[一二三1-3]");
    private static final Pattern HIGHER = Pattern.compile("大[一二三四五1-5]|(本科|专科|研究生).*");
    /** Grades that any stage may use for its own years: a vocational school's "一年级". */
    private static final Pattern GENERIC = Pattern.compile("([一二三1-3])年级");

    private static final Map<Stage, Pattern> VOCABULARY = Map.of(
            Stage.PRESCHOOL, PRESCHOOL,
            Stage.PRIMARY, PRIMARY,
            Stage.JUNIOR_SECONDARY, JUNIOR,
            Stage.SENIOR_HIGH, SENIOR,
            Stage.VOCATIONAL, VOCATIONAL,
            Stage.HIGHER, HIGHER);

    private StageOfGrade() {}

    /**
     * The student's stage.
     *
     * @throws InvalidValue {@code award.grade.stageMismatch} when the grade names a stage the
     *     school does not teach, {@code award.grade.stageUnclear} when the school teaches several
     *     stages and the grade does not say which
     */
    public static Stage of(Set<Stage> schoolStages, String grade) {
        String g = grade.replace(" ", "");
        Set<Stage> named = EnumSet.noneOf(Stage.class);
        VOCABULARY.forEach((stage, pattern) -> {
            if (pattern.matcher(g).matches()) {
                named.add(stage);
            }
        });
        Set<Stage> taught = EnumSet.copyOf(schoolStages);
        Set<Stage> both = EnumSet.copyOf(named);
        both.retainAll(taught);
        if (both.size() == 1) {
            return both.iterator().next();
        }
        if (taught.size() == 1) {
            Stage only = taught.iterator().next();
            if (named.isEmpty() || GENERIC.matcher(g).matches()) {
                return only;
            }
            throw new InvalidValue("award.grade.stageMismatch", grade, labels(taught));
        }
        if (!named.isEmpty() && both.isEmpty()) {
            throw new InvalidValue("award.grade.stageMismatch", grade, labels(taught));
        }
        throw new InvalidValue("award.grade.stageUnclear", grade, labels(taught));
    }

    private static String labels(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }
}
