package com.aidloop.programme;

import com.aidloop.programme.ProgrammeView.TermFit;
import com.aidloop.programme.domain.NameKey;
import com.aidloop.programme.domain.TierNames;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The catalogue for one term as it stood at one moment: an immutable snapshot, indexed by
 * programme name so that an import can resolve and check a million rows against it. Typed names
 * and tiers repeat in a roster, so their resolutions are remembered (up to {@link #MEMO_MAX}).
 * Safe to share between threads.
 */
public final class Catalogue {

    static final int MEMO_MAX = 20_000;
    private static final int SUGGESTIONS_MAX = 3;

    private final Term term;
    private final Instant recordedAt;
    private final List<ProgrammeInForce> programmes;
    private final Map<String, ProgrammeInForce> byCode = new HashMap<>();
    private final Map<String, List<ProgrammeInForce>> byName = new HashMap<>();
    private final Map<String, NameResolution> names = new ConcurrentHashMap<>();
    private final Map<String, TierResolution> tiers = new ConcurrentHashMap<>();

    public Catalogue(Term term, Instant recordedAt, List<ProgrammeInForce> programmes) {
        this.term = term;
        this.recordedAt = recordedAt;
        this.programmes = programmes.stream()
                .sorted(Comparator.comparing((ProgrammeInForce p) -> p.programme().stages().stream()
                                .sorted()
                                .findFirst()
                                .orElseThrow())
                        .thenComparing(p -> p.programme().fundingLevel())
                        .thenComparing(ProgrammeInForce::code))
                .toList();
        for (ProgrammeInForce p : this.programmes) {
            byCode.put(p.code(), p);
            List<String> all = new ArrayList<>(p.programme().aliases());
            all.addFirst(p.name());
            all.stream().map(NameKey::of).distinct().forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(p));
        }
    }

    public Term term() {
        return term;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Every programme known at that moment, whether or not it pays this term, by stage, funding level and code. */
    public List<ProgrammeInForce> programmes() {
        return programmes;
    }

    public Optional<ProgrammeInForce> programme(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<ProgrammeInForce> forStage(Stage stage) {
        return programmes.stream().filter(p -> p.appliesTo(stage)).toList();
    }

    /**
     * Resolves a programme name as typed in a roster for a student of a stage: its name or an
     * alias in any width, spacing and punctuation, possibly with a stage word before or after
     * ("中职国家助学金", "国家助学金（普通高中）").
     */
    public NameResolution resolve(String typed, Stage stage) {
        String memoKey = stage.name() + '\u0001' + typed;
        NameResolution known = names.get(memoKey);
        if (known != null) {
            return known;
        }
        NameResolution resolution = resolveAfresh(typed, stage);
        if (names.size() < MEMO_MAX) {
            names.put(memoKey, resolution);
        }
        return resolution;
    }

    private NameResolution resolveAfresh(String typed, Stage stage) {
        String key = NameKey.of(typed);
        if (key.isEmpty()) {
            return new NameResolution.Unknown(typed == null ? "" : typed, List.of());
        }
        NameResolution direct = byKey(typed, key, stage);
        if (direct instanceof NameResolution.Found) {
            return direct;
        }
        NameResolution viaHint = null;
        for (NameKey.StageHint hint : NameKey.stageHints(key)) {
            if (hint.stages().contains(stage)) {
                NameResolution rest = byKey(typed, hint.rest(), stage);
                if (rest instanceof NameResolution.Found) {
                    return rest;
                }
                viaHint = viaHint == null ? rest : viaHint;
            } else {
                List<ProgrammeInForce> named = byName.getOrDefault(hint.rest(), List.of()).stream()
                        .filter(p -> hint.stages().stream().anyMatch(p::appliesTo))
                        .toList();
                if (!named.isEmpty() && viaHint == null) {
                    viaHint = new NameResolution.NotForStage(typed, stage, named);
                }
            }
        }
        if (direct == null && viaHint != null) {
            return viaHint;
        }
        return direct != null ? direct : new NameResolution.Unknown(typed, suggestions(key, stage));
    }

    /** Found if a programme of that name applies to the stage, NotForStage if only others do, null if none has it. */
    private NameResolution byKey(String typed, String key, Stage stage) {
        List<ProgrammeInForce> named = byName.get(key);
        if (named == null) {
            return null;
        }
        List<ProgrammeInForce> applicable =
                named.stream().filter(p -> p.appliesTo(stage)).toList();
        if (applicable.isEmpty()) {
            return new NameResolution.NotForStage(typed, stage, named);
        }
        // Programmes may share a name and stage in different terms (one replaced another): take the one paying now.
        ProgrammeInForce chosen = applicable.stream()
                .filter(ProgrammeInForce::paysThisTerm)
                .findFirst()
                .orElseGet(() -> applicable.stream()
                        .filter(p -> p.programme().fit(term) != TermFit.BEFORE_FIRST_TERM)
                        .max(Comparator.comparing(p -> p.programme().firstTerm()))
                        .orElse(applicable.getFirst()));
        return new NameResolution.Found(chosen);
    }

    /** Names sharing the most characters with the typed one, programmes of the stage first. */
    private List<String> suggestions(String key, Stage stage) {
        record Scored(ProgrammeInForce programme, boolean ofStage, int common, int distance) {}
        Map<String, Scored> best = new LinkedHashMap<>();
        byName.forEach((name, named) -> {
            int common = commonCharacters(key, name);
            if (common >= 2 || common * 2 >= key.length()) {
                int distance = editDistance(key, name);
                for (ProgrammeInForce p : named) {
                    Scored s = new Scored(p, p.appliesTo(stage), common, distance);
                    best.merge(
                            p.code(),
                            s,
                            (a, b) -> better(a.ofStage, a.common, a.distance, b.ofStage, b.common, b.distance) ? a : b);
                }
            }
        });
        return best.values().stream()
                .sorted(Comparator.comparing((Scored s) -> !s.ofStage())
                        .thenComparing(Comparator.comparingInt(Scored::common).reversed())
                        .thenComparingInt(Scored::distance)
                        .thenComparing(s -> s.programme().code()))
                .limit(SUGGESTIONS_MAX)
                .map(s -> s.programme().programme().displayName())
                .toList();
    }

    private static boolean better(
            boolean stageA, int commonA, int distanceA, boolean stageB, int commonB, int distanceB) {
        if (stageA != stageB) {
            return stageA;
        }
        return commonA != commonB ? commonA > commonB : distanceA <= distanceB;
    }

    /**
     * The standard of a tier as typed in a roster (一档, 1档, 第一档, 一等, 标准, 寄宿 …) among
     * the programme's tiers in force this term.
     */
    public TierResolution standard(ProgrammeInForce programme, String typedTier) {
        String memoKey = programme.code() + '\u0001' + typedTier;
        TierResolution known = tiers.get(memoKey);
        if (known != null) {
            return known;
        }
        TierResolution resolution = TierNames.match(typedTier, programme.tiers())
                .<TierResolution>map(TierResolution.Found::new)
                .orElseGet(() -> new TierResolution.Unknown(typedTier == null ? "" : typedTier, programme.tiers()));
        if (tiers.size() < MEMO_MAX) {
            tiers.put(memoKey, resolution);
        }
        return resolution;
    }

    /**
     * Checks one award row: the programme exists, applies to the student's stage and pays this
     * term; the tier exists this term; the amount (if given) equals the tier's standard or lies
     * within its band.
     */
    public StandardCheck check(String typedProgramme, String typedTier, Money amount, Stage stage) {
        return switch (resolve(typedProgramme, stage)) {
            case NameResolution.Found found -> check(found.programme(), typedTier, amount, stage);
            case NameResolution.NotForStage other -> notForStage(other.typed(), stage, other.programmes());
            case NameResolution.Unknown unknown -> unknown(unknown);
        };
    }

    /** Checks a row whose programme is already resolved. */
    public StandardCheck check(ProgrammeInForce programme, String typedTier, Money amount, Stage stage) {
        if (!programme.appliesTo(stage)) {
            return notForStage(programme.name(), stage, List.of(programme));
        }
        TermFit fit = programme.fit();
        if (fit != TermFit.FITS) {
            return notForTerm(programme, fit);
        }
        return switch (standard(programme, typedTier)) {
            case TierResolution.Unknown unknown -> tierUnknown(programme, unknown);
            case TierResolution.Found found -> amount(programme, found.standard(), amount);
        };
    }

    private StandardCheck amount(ProgrammeInForce programme, Standard standard, Money amount) {
        if (amount == null || standard.accepts(amount)) {
            return StandardCheck.passed(programme, standard);
        }
        String name = programme.programme().displayName();
        String tier =
                standard.tier().equals(Tier.STANDARD) ? "" : standard.tier().label();
        if (standard.isBand()) {
            return StandardCheck.broken(
                    CatalogueRule.AMOUNT_OUT_OF_RANGE,
                    programme,
                    standard,
                    "programme.check.amountOutOfRange",
                    Money.display(amount),
                    name,
                    tier,
                    term.label(),
                    Money.display(standard.minimum()),
                    Money.display(standard.maximum()));
        }
        return StandardCheck.broken(
                CatalogueRule.AMOUNT_MISMATCH,
                programme,
                standard,
                "programme.check.amountMismatch",
                Money.display(amount),
                name,
                tier,
                term.label(),
                Money.display(standard.amount()));
    }

    private StandardCheck tierUnknown(ProgrammeInForce programme, TierResolution.Unknown unknown) {
        String name = programme.programme().displayName();
        if (NameKey.of(unknown.typed()).isEmpty()) {
            return StandardCheck.broken(
                    CatalogueRule.TIER_UNKNOWN,
                    programme,
                    null,
                    "programme.check.tierMissing",
                    name,
                    term.label(),
                    programme.tierLabels());
        }
        return StandardCheck.broken(
                CatalogueRule.TIER_UNKNOWN,
                programme,
                null,
                "programme.check.tierUnknown",
                unknown.typed(),
                name,
                term.label(),
                programme.tierLabels());
    }

    private StandardCheck notForTerm(ProgrammeInForce programme, TermFit fit) {
        ProgrammeView p = programme.programme();
        String detail =
                switch (fit) {
                    case BEFORE_FIRST_TERM -> p.firstTerm().label();
                    case AFTER_LAST_TERM -> p.lastTerm().label();
                    case WRONG_SEMESTER -> p.semesters().label();
                    default -> "";
                };
        return StandardCheck.broken(
                CatalogueRule.NOT_FOR_TERM,
                programme,
                null,
                "programme.check.notForTerm." + fit.name(),
                p.displayName(),
                term.label(),
                detail);
    }

    private static StandardCheck notForStage(String typed, Stage stage, List<ProgrammeInForce> programmes) {
        String stages = programmes.stream()
                .flatMap(p -> p.programme().stages().stream())
                .distinct()
                .sorted()
                .map(Stage::label)
                .collect(Collectors.joining("、"));
        return StandardCheck.broken(
                CatalogueRule.NOT_FOR_STAGE,
                programmes.getFirst(),
                null,
                "programme.check.notForStage",
                typed,
                stage.label(),
                stages);
    }

    private static StandardCheck unknown(NameResolution.Unknown unknown) {
        if (NameKey.of(unknown.typed()).isEmpty()) {
            return StandardCheck.broken(
                    CatalogueRule.PROGRAMME_UNKNOWN, null, null, "programme.check.programmeMissing");
        }
        if (unknown.suggestions().isEmpty()) {
            return StandardCheck.broken(
                    CatalogueRule.PROGRAMME_UNKNOWN, null, null, "programme.check.unknown", unknown.typed());
        }
        return StandardCheck.broken(
                CatalogueRule.PROGRAMME_UNKNOWN,
                null,
                null,
                "programme.check.unknownSuggest",
                unknown.typed(),
                String.join("、", unknown.suggestions()));
    }

    static int commonCharacters(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        b.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : a.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                common++;
                counts.put(c, n - 1);
            }
        }
        return common;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
