package com.aidloop.identification.application;

import com.aidloop.award.IdentificationInForce;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which roster difficulty types (困难类型) an identification's special
 * groups support: the indicator models' direct-group codes (Jiangsu's and the reference model's,
 * {@code ReferenceModels}) mapped to the roster's eleven types. A code mapped to two types (孤儿 or
 * 事实无人抚养儿童; 残疾学生 or 残疾人子女) supports both but fills neither; a code the roster has no
 * type for (优抚对象子女, 困境儿童 …) supports 其他家庭经济困难学生, and so does a form without
 * special groups, which is the one case filled with it.
 */
public final class RosterDifficultyTypes {

    static final String OTHER = "其他家庭经济困难学生";

    /** Each group code's roster types; where two codes give the same types, the reference model's first. */
    private static final Map<String, List<String>> BY_GROUP = new LinkedHashMap<>();

    static {
        BY_GROUP.put("TUOPIN", List.of("脱贫家庭学生"));
        BY_GROUP.put("JIANDANG", List.of("脱贫家庭学生"));
        BY_GROUP.put("FANGFANPIN", List.of("防止返贫监测对象家庭学生"));
        BY_GROUP.put("DISHOURU", List.of("农村低收入人口家庭学生"));
        BY_GROUP.put("DIBAO", List.of("最低生活保障家庭学生"));
        BY_GROUP.put("TEKUN", List.of("特困供养学生"));
        BY_GROUP.put("GUER", List.of("孤儿", "事实无人抚养儿童"));
        BY_GROUP.put("CANJI", List.of("残疾学生", "残疾人子女"));
        BY_GROUP.put("LIESHI", List.of("烈士子女"));
    }

    /**
     * What a form's special groups support.
     *
     * @param supported the roster types supported, in the roster's order
     * @param toFill the type a blank 困难类型 is filled with, or null when ambiguous
     */
    public record Supported(List<String> supported, String toFill) {}

    private RosterDifficultyTypes() {}

    /**
     * The roster types a form's special groups support and the one to fill: the first in the
     * roster's order among the groups of exactly one type; 其他家庭经济困难学生 without any group.
     */
    public static Supported of(Collection<String> specialGroups) {
        if (specialGroups.isEmpty()) {
            return new Supported(List.of(OTHER), OTHER);
        }
        Set<String> supported = new HashSet<>();
        Set<String> unambiguous = new HashSet<>();
        for (String group : specialGroups) {
            List<String> types = BY_GROUP.getOrDefault(group, List.of(OTHER));
            supported.addAll(types);
            if (types.size() == 1 && !types.contains(OTHER)) {
                unambiguous.addAll(types);
            }
        }
        List<String> ordered = inRosterOrder(supported);
        String toFill = inRosterOrder(unambiguous).stream().findFirst().orElse(null);
        return new Supported(ordered, toFill);
    }

    /**
     * The special groups a form holds for a roster type, the other way round (for sample data):
     * the first code supporting it, none for 其他家庭经济困难学生 or an unknown type.
     */
    public static Set<String> groupsFor(String rosterType) {
        return BY_GROUP.entrySet().stream()
                .filter(e -> e.getValue().contains(rosterType))
                .map(Map.Entry::getKey)
                .findFirst()
                .map(Set::of)
                .orElse(Set.of());
    }

    private static List<String> inRosterOrder(Set<String> types) {
        return IdentificationInForce.DIFFICULTY_TYPES.stream()
                .filter(types::contains)
                .toList();
    }
}
