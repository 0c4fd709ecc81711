package com.aidloop.school.importing;

import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the 所在乡镇 cell of a school file as a township of the uploader's region: a name of a
 * township of the county ("三市镇", "三市"), or its 9-digit code. Answers are remembered per typed
 * value, since a county's file names its few dozen townships again and again.
 */
public final class TownshipResolver {

    private static final int SUGGESTIONS = 3;

    private final String scopePrefix;
    private final String regionName;
    private final String countyCode;
    private final Function<String, NameLookup> byName;
    private final Function<String, Optional<Region>> byCode;
    private final Map<String, Object> answers = new HashMap<>();

    /**
     * @param scopePrefix the uploader's region code (a county, or a township inside one)
     * @param regionName its name, for messages ("平江县")
     * @param byName which township of the county a name stands for
     * @param byCode the division with a code, if the loaded edition has it
     */
    public TownshipResolver(
            String scopePrefix,
            String regionName,
            Function<String, NameLookup> byName,
            Function<String, Optional<Region>> byCode) {
        this.scopePrefix = scopePrefix == null ? "" : scopePrefix;
        this.regionName = regionName;
        this.countyCode = this.scopePrefix.length() >= 6 ? this.scopePrefix.substring(0, 6) : null;
        this.byName = byName;
        this.byCode = byCode;
    }

    /**
     * The 9-digit code of the township the cell names.
     *
     * @throws InvalidValue saying what is wrong and how to correct it
     */
    public String resolve(String cell) {
        String typed = Text.normalize(cell);
        Object answer = answers.computeIfAbsent(typed, this::answer);
        if (answer instanceof InvalidValue invalid) {
            throw new InvalidValue(invalid.code(), invalid.args());
        }
        return (String) answer;
    }

    private Object answer(String typed) {
        if (typed.isEmpty()) {
            return new InvalidValue("school.import.township.required");
        }
        try {
            String compact = Text.compact(typed);
            return compact.matches("\\d+") ? byCode(compact) : byName(typed);
        } catch (InvalidValue invalid) {
            return invalid;
        }
    }

    private String byCode(String digits) {
        String code = digits.length() == 12 && digits.endsWith("000") ? digits.substring(0, 9) : digits;
        if (code.length() != 9) {
            throw new InvalidValue("school.import.township.codeFormat", digits.length());
        }
        Region township = byCode.apply(code)
                .filter(r -> r.level() == RegionLevel.TOWNSHIP && r.code().equals(code))
                .orElseThrow(() -> new InvalidValue("school.import.township.unknownCode", code));
        return inScope(township, code);
    }

    private String byName(String name) {
        if (countyCode == null) {
            throw new InvalidValue("school.import.township.codeNeeded", name);
        }
        return switch (byName.apply(name)) {
            case NameLookup.Found found -> inScope(found.region(), name);
            case NameLookup.Ambiguous ambiguous ->
                throw new InvalidValue(
                        "school.import.township.ambiguous", name, regionName, names(ambiguous.candidates()));
            case NameLookup.NotFound notFound ->
                notFound.suggestions().isEmpty()
                        ? unknown("school.import.township.unknown", name)
                        : unknown("school.import.township.unknownSuggest", name, names(notFound.suggestions()));
        };
    }

    private String unknown(String code, String name, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = name;
        args[1] = regionName;
        System.arraycopy(more, 0, args, 2, more.length);
        throw new InvalidValue(code, args);
    }

    private String inScope(Region township, String typed) {
        if (!township.code().startsWith(scopePrefix) || scopePrefix.isEmpty()) {
            throw new InvalidValue("school.import.township.outsideScope", typed, regionName);
        }
        return township.code();
    }

    private static String names(List<Region> regions) {
        return regions.stream().limit(SUGGESTIONS).map(Region::name).collect(Collectors.joining("、"));
    }
}
