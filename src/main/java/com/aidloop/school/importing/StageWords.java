package com.aidloop.school.importing;

import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the 学段 cell of a school file: one or more stages separated by 、，,;/ or spaces, written
 * as the stage model names them (小学, 普通高中), as school types name them (幼儿园, 初级中学,
 * 职业高中), or as a through school that stands for several stages (九年一贯制 = 小学、初中).
 */
public final class StageWords {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／+＋|\\s]+|和|及|与");

    private static final Set<Stage> NINE_YEAR = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
    private static final Set<Stage> FULL_SECONDARY = EnumSet.of(Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH);
    private static final Set<Stage> TWELVE_YEAR = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH);

    /** Words of school types and through schools that Stage.parse does not know. */
    private static final Map<String, Set<Stage>> WORDS = Map.ofEntries(
            Map.entry("幼儿班", EnumSet.of(Stage.PRESCHOOL)),
            Map.entry("学前班", EnumSet.of(Stage.PRESCHOOL)),
            Map.entry("教学点", EnumSet.of(Stage.PRIMARY)),
            Map.entry("完全小学", EnumSet.of(Stage.PRIMARY)),
            Map.entry("完小", EnumSet.of(Stage.PRIMARY)),
            Map.entry("初级中学", EnumSet.of(Stage.JUNIOR_SECONDARY)),
            Map.entry("高级中学", EnumSet.of(Stage.SENIOR_HIGH)),
            Map.entry("完全中学", FULL_SECONDARY),
            Map.entry("完中", FULL_SECONDARY),
            Map.entry("九年一贯制", NINE_YEAR),
            Map.entry("九年一贯制学校", NINE_YEAR),
            Map.entry("十二年一贯制", TWELVE_YEAR),
            Map.entry("十二年一贯制学校", TWELVE_YEAR),
            Map.entry("职业高中", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("职高", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("中专", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("中等专业学校", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("职业中专", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("技工学校", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("技校", EnumSet.of(Stage.VOCATIONAL)),
            Map.entry("高职", EnumSet.of(Stage.HIGHER)),
            Map.entry("大学", EnumSet.of(Stage.HIGHER)));

    private StageWords() {}

    /**
     * The stages the cell names.
     *
     * @throws InvalidValue {@code school.import.stagesRequired} when blank, {@code school.import.stageUnknown}
     *     naming every word it cannot read
     */
    public static Set<Stage> parse(String cell) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        List<String> unknown = new ArrayList<>();
        for (String word : SEPARATORS.split(Text.normalize(cell))) {
            if (!word.isEmpty()) {
                Set<Stage> read = read(word);
                if (read.isEmpty()) {
                    unknown.add(word);
                }
                stages.addAll(read);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValue("school.import.stageUnknown", String.join("、", unknown));
        }
        if (stages.isEmpty()) {
            throw new InvalidValue("school.import.stagesRequired");
        }
        return stages;
    }

    private static Set<Stage> read(String word) {
        Set<Stage> known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        try {
            return EnumSet.of(Stage.parse(word));
        } catch (InvalidValue unknown) {
            return Set.of();
        }
    }
}
