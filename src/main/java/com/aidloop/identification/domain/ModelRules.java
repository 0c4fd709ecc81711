package com.aidloop.identification.domain;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of one version of an indicator model: its indicators, group caps, cut-offs, the
 * directly recognised groups with the level they get, and the local 低保 line (null while the
 * owner has not set it). Scoring is a pure function of these rules and the answers.
 */
public record ModelRules(
        List<Indicator> indicators,
        List<GroupCap> groupCaps,
        List<CutOff> cutOffs,
        List<DirectGroup> directGroups,
        DifficultyLevel directLevel,
        BigDecimal dibaoLine) {

    public ModelRules {
        indicators = List.copyOf(indicators);
        groupCaps = List.copyOf(groupCaps);
        cutOffs = cutOffs.stream().sorted(Comparator.comparing(CutOff::level)).toList();
        directGroups = List.copyOf(directGroups);
        if (directLevel == null || directLevel == DifficultyLevel.NOT_DIFFICULT) {
            throw new IllegalArgumentException("directly recognised students get a level of difficulty");
        }
        Points.checked(dibaoLine, "dibao line");
        if (dibaoLine != null && dibaoLine.signum() <= 0) {
            throw new IllegalArgumentException("the dibao line is positive");
        }
        requireUnique(indicators.stream().map(Indicator::code).toList(), "indicator");
        requireUnique(groupCaps.stream().map(GroupCap::group).toList(), "group cap");
        requireUnique(cutOffs.stream().map(c -> c.level().name()).toList(), "cut-off");
        requireUnique(directGroups.stream().map(DirectGroup::code).toList(), "direct group");
        for (int i = 1; i < cutOffs.size(); i++) {
            if (cutOffs.get(i).minimumTotal().compareTo(cutOffs.get(i - 1).minimumTotal()) >= 0) {
                throw new IllegalArgumentException("a harder level needs a higher cut-off");
            }
        }
    }

    private static void requireUnique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException(what + " twice: " + key);
            }
        }
    }

    public boolean cutOffsSet() {
        return !cutOffs.isEmpty();
    }

    /**
     * Scores the answers: directly recognised when the family is in one of the model's groups or
     * the special-difficulty register recognises it, otherwise point by point.
     */
    public ScoreResult score(Answers answers) {
        List<String> direct = new ArrayList<>(
                directGroupsOf(answers).stream().map(DirectGroup::name).toList());
        if (answers.register() != null) {
            direct.add("特殊困难学生数据库 " + answers.register());
        }
        if (!direct.isEmpty()) {
            String reason = "直接认定：" + String.join("、", direct);
            return new ScoreResult(
                    ScoreResult.Outcome.DIRECT, List.of(), List.of(), BigDecimal.ZERO, directLevel, reason, List.of());
        }
        Indicator.LocalSettings settings = new Indicator.LocalSettings(dibaoLine);
        List<IndicatorLine> lines = new ArrayList<>(indicators.size());
        Map<String, BigDecimal> byGroup = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            IndicatorLine line = indicator.score(answers.answer(indicator.code()), settings);
            lines.add(line);
            byGroup.merge(indicator.group(), line.points(), BigDecimal::add);
        }
        List<ScoreResult.CapApplied> caps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> group : byGroup.entrySet()) {
            BigDecimal points = group.getValue();
            GroupCap cap = capOf(group.getKey());
            if (cap != null && points.compareTo(cap.cap()) > 0) {
                caps.add(new ScoreResult.CapApplied(group.getKey(), points, cap.cap(), cap.rule()));
                points = cap.cap();
            }
            total = total.add(points);
        }
        return levelled(lines, caps, total);
    }

    private ScoreResult levelled(List<IndicatorLine> lines, List<ScoreResult.CapApplied> caps, BigDecimal total) {
        List<String> unresolved = new ArrayList<>();
        long incomplete =
                lines.stream().filter(IndicatorLine::leavesTotalIncomplete).count();
        if (incomplete > 0) {
            unresolved.add("总分不完整：" + incomplete + "项指标的分值未载明或本地低保标准未设置");
        }
        if (cutOffs.isEmpty()) {
            unresolved.add("认定档次分数线未设置（本地设置，须由模型所属地区填写）");
        }
        if (!unresolved.isEmpty()) {
            return new ScoreResult(ScoreResult.Outcome.NO_LEVEL, lines, caps, total, null, "未给出", unresolved);
        }
        for (CutOff cutOff : cutOffs) {
            if (total.compareTo(cutOff.minimumTotal()) >= 0) {
                return new ScoreResult(
                        ScoreResult.Outcome.LEVELLED, lines, caps, total, cutOff.level(), cutOff.rule(), List.of());
            }
        }
        String rule = "总分低于" + cutOffs.getLast().level().label() + "的分数线"
                + Points.words(cutOffs.getLast().minimumTotal());
        return new ScoreResult(
                ScoreResult.Outcome.LEVELLED, lines, caps, total, DifficultyLevel.NOT_DIFFICULT, rule, List.of());
    }

    private List<DirectGroup> directGroupsOf(Answers answers) {
        List<DirectGroup> found = new ArrayList<>();
        for (String code : answers.directGroups()) {
            found.add(directGroups.stream()
                    .filter(g -> g.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> InvalidInput.of("directGroups", "identification.answer.directGroup", code)));
        }
        return found;
    }

    private GroupCap capOf(String group) {
        return groupCaps.stream()
                .filter(c -> c.group().equals(group))
                .findFirst()
                .orElse(null);
    }
}
