package com.aidloop.award.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dictionary columns of the roster: difficulty types and levels (困难类型、困难等级) and the
 * special-channel flag, each read leniently (common short forms) and stored by its canonical name.
 */
public final class RosterDictionaries {

    public static final List<String> DIFFICULTY_TYPES = List.of(
            "脱贫家庭学生",
            "防止返贫监测对象家庭学生",
            "农村低收入人口家庭学生",
            "最低生活保障家庭学生",
            "特困供养学生",
            "孤儿",
            "事实无人抚养儿童",
            "残疾学生",
            "残疾人子女",
            "烈士子女",
            "其他家庭经济困难学生");

    public static final List<String> DIFFICULTY_LEVELS = List.of("特别困难", "比较困难", "一般困难", "困难");

    public static final List<String> YES_NO = List.of("是", "否");

    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
            Map.entry("脱贫家庭", "脱贫家庭学生"),
            Map.entry("脱贫户", "脱贫家庭学生"),
            Map.entry("建档立卡", "脱贫家庭学生"),
            Map.entry("建档立卡贫困户", "脱贫家庭学生"),
            Map.entry("建档立卡家庭学生", "脱贫家庭学生"),
            Map.entry("防返贫监测对象", "防止返贫监测对象家庭学生"),
            Map.entry("监测对象", "防止返贫监测对象家庭学生"),
            Map.entry("防止返贫监测对象", "防止返贫监测对象家庭学生"),
            Map.entry("低收入人口", "农村低收入人口家庭学生"),
            Map.entry("低收入家庭", "农村低收入人口家庭学生"),
            Map.entry("低保", "最低生活保障家庭学生"),
            Map.entry("低保户", "最低生活保障家庭学生"),
            Map.entry("低保家庭", "最低生活保障家庭学生"),
            Map.entry("低保家庭学生", "最低生活保障家庭学生"),
            Map.entry("特困", "特困供养学生"),
            Map.entry("特困供养", "特困供养学生"),
            Map.entry("特困供养人员", "特困供养学生"),
            Map.entry("事实孤儿", "事实无人抚养儿童"),
            Map.entry("残疾", "残疾学生"),
            Map.entry("残疾儿童", "残疾学生"),
            Map.entry("残疾人家庭子女", "残疾人子女"),
            Map.entry("烈士子女", "烈士子女"),
            Map.entry("其他", "其他家庭经济困难学生"),
            Map.entry("其他困难", "其他家庭经济困难学生"));

    private RosterDictionaries() {}

    /** The canonical 困难类型, or null when blank. */
    public static String difficultyType(String raw) {
        String typed = Text.compact(raw);
        if (typed.isEmpty()) {
            return null;
        }
        if (DIFFICULTY_TYPES.contains(typed)) {
            return typed;
        }
        String canonical = TYPE_ALIASES.get(typed);
        if (canonical == null) {
            throw new InvalidValue("award.difficultyType.unknown", raw, String.join("、", DIFFICULTY_TYPES));
        }
        return canonical;
    }

    /** The 困难等级, or null when blank. */
    public static String difficultyLevel(String raw) {
        String typed = Text.compact(raw);
        if (typed.isEmpty()) {
            return null;
        }
        if (DIFFICULTY_LEVELS.contains(typed)) {
            return typed;
        }
        throw new InvalidValue("award.difficultyLevel.unknown", raw, String.join("、", DIFFICULTY_LEVELS));
    }

    /** 是/否 as people write it; null when blank. */
    public static Boolean yesNo(String raw) {
        String typed = Text.compact(raw).toUpperCase(Locale.ROOT);
        return switch (typed) {
            case "" -> null;
            case "是", "Y", "YES", "1", "√", "TRUE" -> Boolean.TRUE;
            case "否", "N", "NO", "0", "×", "X", "FALSE" -> Boolean.FALSE;
            default -> throw new InvalidValue("award.specialChannel.unknown", raw);
        };
    }

    /** Whether a remark says the student came through the special (green) channel. */
    public static boolean remarkNamesSpecialChannel(String remark) {
        String text = Text.compact(remark);
        return text.contains("特别通道") || text.contains("绿色通道");
    }
}
