package com.aidloop.programme.domain;

import com.aidloop.school.Stage;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How programme names are compared: full-width to half-width, letters in lower case, and every
 * space, punctuation mark and symbol dropped, so that "国家 助学金（普通高中）" and
 * "国家助学金(普通高中)" give the same key (Roman numerals such as Ⅱ are kept). Rosters often put the stage before or after the name
 * ("中职国家助学金", "国家助学金-中职"): {@link #stageHints} splits it off.
 */
public final class NameKey {

    /** Stage words as rosters write them, longest first so that 普通高中 wins over 高中. */
    private static final Map<String, Set<Stage>> STAGE_WORDS = new LinkedHashMap<>();

    static {
        Set<Stage> compulsory = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        String[][] words = {
            {"中等职业教育", "VOCATIONAL"},
            {"中等职业学校", "VOCATIONAL"},
            {"普通高中生", "SENIOR_HIGH"},
            {"普通高中", "SENIOR_HIGH"},
            {"本专科生", "HIGHER"},
            {"高等教育", "HIGHER"},
            {"学前教育", "PRESCHOOL"},
            {"义务教育", "COMPULSORY"},
            {"本专科", "HIGHER"},
            {"高中生", "SENIOR_HIGH"},
            {"中职生", "VOCATIONAL"},
            {"大学生", "HIGHER"},
            {"小学生", "PRIMARY"},
            {"初中生", "JUNIOR_SECONDARY"},
            {"幼儿园", "PRESCHOOL"},
            {"普高", "SENIOR_HIGH"},
            {"高中", "SENIOR_HIGH"},
            {"中职", "VOCATIONAL"},
            {"中专", "VOCATIONAL"},
            {"职高", "VOCATIONAL"},
            {"高校", "HIGHER"},
            {"大学", "HIGHER"},
            {"本科", "HIGHER"},
            {"专科", "HIGHER"},
            {"高职", "HIGHER"},
            {"小学", "PRIMARY"},
            {"初中", "JUNIOR_SECONDARY"},
            {"学前", "PRESCHOOL"},
        };
        for (String[] w : words) {
            STAGE_WORDS.put(w[0], w[1].equals("COMPULSORY") ? compulsory : EnumSet.of(Stage.valueOf(w[1])));
        }
    }

    private NameKey() {}

    /** The comparison key of a name; empty for blank input. */
    public static String of(String raw) {
        String s = Text.normalize(raw).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * The ways to read a stage word at the start or the end of a key, longest word first:
     * "中职国家助学金" gives the stages {中职} and the rest "国家助学金"; "小学生活补助" gives both
     * 小学生 + "活补助" and 小学 + "生活补助", and the caller takes the reading that names a programme.
     */
    public static List<StageHint> stageHints(String key) {
        List<StageHint> hints = new ArrayList<>();
        for (Map.Entry<String, Set<Stage>> word : STAGE_WORDS.entrySet()) {
            String w = word.getKey();
            if (key.length() > w.length() && key.startsWith(w)) {
                hints.add(new StageHint(word.getValue(), key.substring(w.length())));
            }
            if (key.length() > w.length() && key.endsWith(w)) {
                hints.add(new StageHint(word.getValue(), key.substring(0, key.length() - w.length())));
            }
        }
        trailingStageList(key).ifPresent(hints::add);
        return hints;
    }

    /**
     * Several stage words at the end, as a programme's display name lists the stages of a
     * programme for more than one ("营养改善计划（小学、初中）"): all of them split off together.
     */
    private static Optional<StageHint> trailingStageList(String key) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        String rest = key;
        int words = 0;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Map.Entry<String, Set<Stage>> word : STAGE_WORDS.entrySet()) {
                if (rest.length() > word.getKey().length() && rest.endsWith(word.getKey())) {
                    rest = rest.substring(0, rest.length() - word.getKey().length());
                    stages.addAll(word.getValue());
                    words++;
                    stripped = true;
                    break;
                }
            }
        }
        return words >= 2 ? Optional.of(new StageHint(stages, rest)) : Optional.empty();
    }

    /** Stages named in a typed programme name, and the name without them. */
    public record StageHint(Set<Stage> stages, String rest) {

        public StageHint {
            stages = Set.copyOf(stages);
        }
    }
}
