package com.aidloop.region;

import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Map;

/**
 * The part of a division's name that people agree on, whatever suffix they write: "三市",
 * "三市镇" and "三市镇人民政府" all have the core "三市"; "寨上村", "寨上村委会" and
 * "寨上村民委员会" the core "寨上". Suffixes are stripped repeatedly, so that "新村村委会" and
 * "新村" share a core, but never down to nothing.
 *
 * <p>The outermost suffix that says what kind of division a name is (镇, 乡, 街道; 村, 社区) is kept
 * as its kind: "月田村委会" is a 村 and "月田居民委员会" a 社区, although both have the core "月田".
 *
 * @param core the name without suffixes, half-width, without whitespace
 * @param kind the kind its suffix names, or null when it names none (e.g. "三市", "人民政府")
 */
record CoreName(String core, String kind) {

    private record Suffix(String text, String kind) {}

    /** Longer suffixes first, so that "街道办事处" is stripped whole, not as "办事处". */
    private static final Map<RegionLevel, List<Suffix>> SUFFIXES = Map.of(
            RegionLevel.PROVINCE,
            suffixes("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"),
            RegionLevel.CITY,
            suffixes("自治州", "地区", "盟", "市"),
            RegionLevel.COUNTY,
            suffixes("自治县", "自治旗", "县", "区", "市", "旗"),
            RegionLevel.TOWNSHIP,
            List.of(
                    new Suffix("街道办事处", "街道"),
                    new Suffix("人民政府", null),
                    new Suffix("办事处", "街道"),
                    new Suffix("街道", "街道"),
                    new Suffix("镇", "镇"),
                    new Suffix("乡", "乡")),
            RegionLevel.VILLAGE,
            List.of(
                    new Suffix("社区居民委员会", "社区"),
                    new Suffix("社区居委会", "社区"),
                    new Suffix("村民委员会", "村"),
                    new Suffix("居民委员会", "社区"),
                    new Suffix("村委会", "村"),
                    new Suffix("居委会", "社区"),
                    new Suffix("社区", "社区"),
                    new Suffix("村", "村")));

    /** A typed or official name made comparable: half-width, without any whitespace. */
    static String normalize(String name) {
        return Text.normalize(name).replaceAll("[\\s\\u200b\\ufeff]", "");
    }

    /** The core and kind of a name of a division at {@code level}. */
    static CoreName parse(String name, RegionLevel level) {
        String core = normalize(name);
        String kind = null;
        Suffix suffix = strippable(core, SUFFIXES.get(level));
        while (suffix != null) {
            core = core.substring(0, core.length() - suffix.text().length());
            kind = kind == null ? suffix.kind() : kind;
            suffix = strippable(core, SUFFIXES.get(level));
        }
        return new CoreName(core, kind);
    }

    /** The core alone, see {@link #parse}. */
    static String of(String name, RegionLevel level) {
        return parse(name, level).core();
    }

    private static Suffix strippable(String name, List<Suffix> suffixes) {
        for (Suffix suffix : suffixes) {
            if (name.length() > suffix.text().length() && name.endsWith(suffix.text())) {
                return suffix;
            }
        }
        return null;
    }

    private static List<Suffix> suffixes(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(text -> new Suffix(text, null))
                .toList();
    }
}
