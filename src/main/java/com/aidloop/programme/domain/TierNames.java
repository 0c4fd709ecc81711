package com.aidloop.programme.domain;

import com.aidloop.programme.Standard;
import com.aidloop.programme.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tier as rosters write it: 一档, 1档, 第一档, 一等, Ⅰ档 or just 1 for the first numbered
 * tier; 标准, 无 or an empty cell for a programme with a single amount; 寄宿/住校 and 非寄宿/走读 for
 * the living subsidy's tiers; otherwise the tier's own label or code.
 */
public final class TierNames {

    private static final Pattern NUMBERED =
            Pattern.compile("第?([一二三四五六七八九十]|10|[1-9]|[ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ]|i{1,3}|iv|v|vi{0,3}|ix|x)(档|等|级|档次|等次|类)?");
    private static final String CHINESE = "一二三四五六七八九十";
    private static final String ROMAN = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ";
    private static final List<String> ROMAN_ASCII =
            List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    private static final Set<String> SINGLE = Set.of("", "标准", "无", "不分档", "定额", "统一标准", "全额", "standard");
    private static final Map<String, String> SYNONYMS = Map.of(
            "寄宿",
            "BOARDER",
            "住校",
            "BOARDER",
            "住校生",
            "BOARDER",
            "寄宿学生",
            "BOARDER",
            "非寄宿",
            "NON_BOARDER",
            "走读",
            "NON_BOARDER",
            "走读生",
            "NON_BOARDER",
            "非住校",
            "NON_BOARDER",
            "非住校生",
            "NON_BOARDER",
            "非寄宿学生",
            "NON_BOARDER");

    private TierNames() {}

    /** The standard of the typed tier among the tiers in force, if one matches. */
    public static Optional<Standard> match(String typed, List<Standard> inForce) {
        String key = NameKey.of(typed);
        if (SINGLE.contains(key)) {
            if (inForce.size() == 1) {
                return Optional.of(inForce.getFirst());
            }
            return byCode(inForce, Tier.STANDARD.code());
        }
        for (Standard s : inForce) {
            if (NameKey.of(s.tier().label()).equals(key)
                    || NameKey.of(s.tier().code()).equals(key)) {
                return Optional.of(s);
            }
        }
        int number = number(key);
        if (number > 0) {
            return byCode(inForce, "TIER_" + number);
        }
        String synonym = SYNONYMS.get(key);
        return synonym == null ? Optional.empty() : byCode(inForce, synonym);
    }

    /** The tier a typed number names, as in 第二档 or Ⅱ档: 2; 0 if it names none. */
    public static int number(String key) {
        Matcher m = NUMBERED.matcher(key);
        if (!m.matches()) {
            return 0;
        }
        String n = m.group(1);
        if (CHINESE.contains(n)) {
            return CHINESE.indexOf(n) + 1;
        }
        if (ROMAN.contains(n)) {
            return ROMAN.indexOf(n) + 1;
        }
        if (ROMAN_ASCII.contains(n)) {
            return ROMAN_ASCII.indexOf(n) + 1;
        }
        return Integer.parseInt(n);
    }

    /** A tier typed into the standard form: a known code or label (TIER_2, 二档, 标准, 寄宿生), or none. */
    public static Optional<Tier> known(String typed) {
        String key = NameKey.of(typed);
        if (key.equals("标准") || key.equals("standard")) {
            return Optional.of(Tier.STANDARD);
        }
        if (key.matches("tier_?([1-9]|10)")) {
            return Optional.of(Tier.numbered(Integer.parseInt(key.replaceAll("\\D", ""))));
        }
        int number = number(key);
        if (number > 0) {
            return Optional.of(Tier.numbered(number));
        }
        String code =
                switch (key) {
                    case "boarder", "寄宿生" -> "BOARDER";
                    case "nonboarder", "non_boarder", "非寄宿生" -> "NON_BOARDER";
                    default -> SYNONYMS.get(key);
                };
        return code == null ? Optional.empty() : Optional.of(Tier.known(code));
    }

    private static Optional<Standard> byCode(List<Standard> inForce, String code) {
        return inForce.stream().filter(s -> s.tier().code().equals(code)).findFirst();
    }
}
