package com.aidloop.programme;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who pays a programme's money from a term on (资金分担): percentages of the central, provincial,
 * city, county, school and social sources, each 0–100 with at most two decimals, summing to
 * exactly 100.
 */
public record FundingShares(
        Term validFrom,
        BigDecimal central,
        BigDecimal provincial,
        BigDecimal city,
        BigDecimal county,
        BigDecimal school,
        BigDecimal social,
        String note,
        String source,
        Instant recordedAt,
        String recordedBy) {

    /** The sources in the order pages show them, with their field names and Chinese labels. */
    public static final Map<String, String> SOURCES = sources();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FundingShares {
        if (sum(central, provincial, city, county, school, social).compareTo(HUNDRED) != 0) {
            throw new InvalidValue(
                    "paying.shares.sum",
                    sum(central, provincial, city, county, school, social).toPlainString());
        }
    }

    /** Parses the percentages as typed ("60", "60%", "12.5"); lists every wrong field at once. */
    public static FundingShares parse(
            String validFrom, Map<String, String> typed, String note, String source, Instant at, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        Term from = null;
        try {
            from = Term.parse(validFrom);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("validFrom", invalid));
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (Map.Entry<String, String> s : SOURCES.entrySet()) {
            try {
                shares.put(s.getKey(), percentage(typed.get(s.getKey()), s.getValue()));
            } catch (InvalidValue invalid) {
                problems.add(FieldProblem.of(s.getKey(), invalid));
            }
        }
        if (problems.isEmpty()) {
            BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                problems.add(new FieldProblem("central", "paying.shares.sum", new Object[] {
                    total.stripTrailingZeros().toPlainString()
                }));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new FundingShares(
                from,
                shares.get("central"),
                shares.get("provincial"),
                shares.get("city"),
                shares.get("county"),
                shares.get("school"),
                shares.get("social"),
                Text.compact(note),
                Text.compact(source),
                at,
                by);
    }

    /** The share of a source by its field name (central, provincial …). */
    public BigDecimal share(String sourceName) {
        return switch (sourceName) {
            case "central" -> central;
            case "provincial" -> provincial;
            case "city" -> city;
            case "county" -> county;
            case "school" -> school;
            case "social" -> social;
            default -> throw new IllegalArgumentException(sourceName);
        };
    }

    /** "中央60%，省级20%，县级20%": the sources with a share. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        SOURCES.forEach((name, label) -> {
            BigDecimal share = share(name);
            if (share.signum() > 0) {
                parts.add(label + share.stripTrailingZeros().toPlainString() + "%");
            }
        });
        return String.join("，", parts);
    }

    public boolean uncertain() {
        return note.contains("⚠") || source.contains("⚠");
    }

    private static BigDecimal percentage(String raw, String label) {
        String s = Text.normalize(raw).replaceAll("\\s", "").replace("%", "").replace("％", "");
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidValue("paying.shares.format", label, s);
        }
        if (value.signum() < 0
                || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue("paying.shares.range", label, s);
        }
        return value.setScale(2);
    }

    private static BigDecimal sum(BigDecimal... parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            total = total.add(p);
        }
        return total;
    }

    private static Map<String, String> sources() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("central", "中央");
        s.put("provincial", "省级");
        s.put("city", "市级");
        s.put("county", "县级");
        s.put("school", "学校");
        s.put("social", "社会");
        return java.util.Collections.unmodifiableMap(s);
    }
}
