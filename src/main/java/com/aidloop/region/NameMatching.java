package com.aidloop.region;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a typed name against the children of one division. An exact name wins; otherwise the
 * core names (see {@link CoreName}) decide between found, ambiguous and not found; between
 * children sharing a core, the kind a typed suffix names (镇 or 乡, 村 or 社区) decides. Suggestions
 * are ranked by characters in common, then by edit distance, then by code, so the same input
 * always gives the same list.
 */
final class NameMatching {

    static final int MAX_SUGGESTIONS = 5;

    private NameMatching() {}

    static NameLookup match(String typed, List<Region> children) {
        String name = CoreName.normalize(typed);
        if (name.isEmpty()) {
            return new NameLookup.NotFound(List.of());
        }
        List<Region> exact = children.stream()
                .filter(child -> CoreName.normalize(child.name()).equals(name))
                .toList();
        if (exact.size() == 1) {
            return new NameLookup.Found(exact.getFirst());
        }
        List<Region> sameCore = children.stream()
                .filter(child -> core(child).equals(CoreName.of(name, child.level())))
                .toList();
        if (sameCore.size() == 1) {
            return new NameLookup.Found(sameCore.getFirst());
        }
        if (sameCore.size() > 1) {
            return byKind(name, sameCore);
        }
        return new NameLookup.NotFound(suggestions(name, children));
    }

    /**
     * Several children share the core; a typed kind ("月田村委会": a 村) picks one of them when it
     * fits exactly one, so the person need not type the official suffix word for word.
     */
    private static NameLookup byKind(String name, List<Region> sameCore) {
        List<Region> sameKind = sameCore.stream()
                .filter(child -> {
                    String kind = CoreName.parse(name, child.level()).kind();
                    return kind != null
                            && kind.equals(
                                    CoreName.parse(child.name(), child.level()).kind());
                })
                .toList();
        return sameKind.size() == 1 ? new NameLookup.Found(sameKind.getFirst()) : new NameLookup.Ambiguous(sameCore);
    }

    /** The children closest to a name nothing matched: those sharing at least one character. */
    static List<Region> suggestions(String name, List<Region> children) {
        record Scored(Region region, int common, int distance) {}
        return children.stream()
                .map(child -> {
                    String wanted = CoreName.of(name, child.level());
                    String core = core(child);
                    return new Scored(child, commonCharacters(wanted, core), editDistance(wanted, core));
                })
                .filter(scored -> scored.common() > 0)
                .sorted(Comparator.comparingInt(Scored::common)
                        .reversed()
                        .thenComparingInt(Scored::distance)
                        .thenComparing(scored -> scored.region().code()))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::region)
                .toList();
    }

    private static String core(Region region) {
        return CoreName.of(region.name(), region.level());
    }

    /** How many characters the two strings share, counting repeats as often as both have them. */
    static int commonCharacters(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer left = counts.get(c);
            if (left != null && left > 0) {
                counts.put(c, left - 1);
                common++;
            }
        }
        return common;
    }

    /** Levenshtein distance over code points. */
    static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
