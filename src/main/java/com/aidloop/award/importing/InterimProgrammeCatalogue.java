package com.aidloop.award.importing;

import static com.aidloop.award.importing.RosterColumn.AMOUNT;
import static com.aidloop.award.importing.RosterColumn.PROGRAMME;
import static com.aidloop.award.importing.RosterColumn.TIER;

import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stand-in for the programme catalogue until the {@code programme} module lands: the national
 * programmes of the compulsory, senior-high, vocational and preschool stages with the standards
 * a Hunan county paid per term. Effective-dated by term like the real catalogue will be. To be
 * deleted when {@code ProgrammeCatalogue} is on main.
 */
public final class InterimProgrammeCatalogue implements ProgrammeRules {

    private static final Term EARLIEST = new Term(2000, Term.Semester.AUTUMN);
    private static final Term RAISE_2025 = new Term(2025, Term.Semester.SPRING);
    private static final Term NON_BOARDERS = new Term(2019, Term.Semester.AUTUMN);

    /** A standard: an exact amount, or a range for waivers that follow the local fee. */
    private record Standard(String tier, Stage stage, Term from, Term until, Money amount, Money min, Money max) {

        boolean inForce(Term term) {
            return term.compareTo(from) >= 0 && (until == null || term.compareTo(until) <= 0);
        }
    }

    private record Programme(String code, String name, Set<String> aliases, Set<Stage> stages, Term from, List<Standard> standards,
            Set<String> typedForms) {

        Programme(String code, String name, Set<String> aliases, Set<Stage> stages, Term from, List<Standard> standards) {
            this(code, name, aliases, stages, from, standards, java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                    .map(InterimProgrammeCatalogue::compact).collect(Collectors.toUnmodifiableSet()));
        }

        boolean tiered() {
            return standards.stream().anyMatch(s -> !s.tier().isEmpty());
        }
    }

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("PRESCHOOL_AID", "学前教育幼儿资助", Set.of("学前资助", "学前教育资助", "幼儿资助", "学前教育幼儿资助"),
                    EnumSet.of(Stage.PRESCHOOL), new Term(2011, Term.Semester.AUTUMN),
                    List.of(exact("", null, EARLIEST, null, 500))),
            new Programme("COMPULSORY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助",
                    Set.of("生活补助", "义务教育生活补助", "寄宿生生活补助", "家庭经济困难学生生活补助", "义务教育家庭经济困难寄宿生生活补助"),
                    EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY), new Term(2011, Term.Semester.AUTUMN),
                    List.of(exact("寄宿生", Stage.PRIMARY, EARLIEST, null, 500),
                            exact("寄宿生", Stage.JUNIOR_SECONDARY, EARLIEST, null, 625),
                            exact("非寄宿生", Stage.PRIMARY, NON_BOARDERS, null, 250),
                            new Standard("非寄宿生", Stage.JUNIOR_SECONDARY, NON_BOARDERS, null, new Money(new java.math.BigDecimal("312.50")), null, null))),
            new Programme("SENIOR_HIGH_GRANT", "普通高中国家助学金", Set.of("国家助学金", "高中国家助学金", "普高国家助学金", "普通高中助学金"),
                    EnumSet.of(Stage.SENIOR_HIGH), new Term(2010, Term.Semester.AUTUMN),
                    List.of(exact("一档", null, EARLIEST, before(RAISE_2025), 1250),
                            exact("二档", null, EARLIEST, before(RAISE_2025), 1000),
                            exact("三档", null, EARLIEST, before(RAISE_2025), 750),
                            exact("一档", null, RAISE_2025, null, 1750),
                            exact("二档", null, RAISE_2025, null, 1150),
                            exact("三档", null, RAISE_2025, null, 600))),
            new Programme("SENIOR_HIGH_FEE_WAIVER", "普通高中免学杂费", Set.of("免学杂费", "高中免学杂费", "普通高中建档立卡家庭经济困难学生免学杂费"),
                    EnumSet.of(Stage.SENIOR_HIGH), new Term(2016, Term.Semester.AUTUMN),
                    List.of(range("", EARLIEST, 1, 1500))),
            new Programme("VOCATIONAL_GRANT", "中职国家助学金", Set.of("国家助学金", "中职助学金", "中等职业教育国家助学金"),
                    EnumSet.of(Stage.VOCATIONAL), new Term(2007, Term.Semester.AUTUMN),
                    List.of(exact("", null, EARLIEST, before(RAISE_2025), 1000), exact("", null, RAISE_2025, null, 1150))),
            new Programme("VOCATIONAL_TUITION_WAIVER", "中职免学费", Set.of("免学费", "中等职业教育免学费", "中职学校免学费"),
                    EnumSet.of(Stage.VOCATIONAL), new Term(2012, Term.Semester.AUTUMN),
                    List.of(range("", EARLIEST, 1, 2500))));

    @Override
    public TermProgrammes forTerm(Term term) {
        return new TermProgrammes() {
            @Override
            public ProgrammeCheck check(String typedProgramme, String typedTier, Money amount, Stage stage) {
                return InterimProgrammeCatalogue.check(term, typedProgramme, typedTier, amount, stage);
            }

            @Override
            public List<String> programmeNames() {
                return PROGRAMMES.stream().filter(p -> term.compareTo(p.from()) >= 0).map(Programme::name).toList();
            }

            @Override
            public List<String> tierNames() {
                return PROGRAMMES.stream()
                        .flatMap(p -> p.standards().stream())
                        .filter(s -> s.inForce(term) && !s.tier().isEmpty())
                        .map(Standard::tier)
                        .distinct()
                        .toList();
            }
        };
    }

    static ProgrammeCheck check(Term term, String typedProgramme, String typedTier, Money amount, Stage stage) {
        String typed = compact(typedProgramme);
        List<Programme> named = PROGRAMMES.stream().filter(p -> p.typedForms().contains(typed)).toList();
        if (typed.isEmpty()) {
            return refused("PROGRAMME_UNKNOWN", PROGRAMME, "award.programme.required");
        }
        if (named.isEmpty()) {
            return refused("PROGRAMME_UNKNOWN", PROGRAMME, "award.programme.unknown", typedProgramme, suggestions(typed, stage));
        }
        Programme programme = named.stream().filter(p -> p.stages().contains(stage)).findFirst().orElse(null);
        if (programme == null) {
            Programme first = named.getFirst();
            return refused("NOT_FOR_STAGE", PROGRAMME, "award.programme.notForStage", first.name(), stage.label(), labels(first.stages()));
        }
        if (term.compareTo(programme.from()) < 0) {
            return refused("NOT_FOR_TERM", PROGRAMME, "award.programme.notForTerm", programme.name(), term.label());
        }
        List<Standard> forStage = programme.standards().stream()
                .filter(s -> s.stage() == null || s.stage() == stage)
                .toList();
        List<RowProblem> notes = new ArrayList<>();
        String tier = tier(typedTier);
        Standard standard;
        if (!programme.tiered()) {
            if (!tier.isEmpty() && !tier.equals("标准") && !tier.equals("无")) {
                notes.add(RowProblem.warning(0, TIER, "award.tier.notTiered", programme.name()));
            }
            standard = forStage.stream().filter(s -> s.inForce(term)).findFirst().orElse(null);
        } else {
            List<String> tiers = forStage.stream().filter(s -> s.inForce(term)).map(Standard::tier).distinct().toList();
            if (tier.isEmpty()) {
                return refused("TIER_UNKNOWN", TIER, "award.tier.required", programme.name(), String.join("、", tiers));
            }
            List<Standard> sameTier = forStage.stream().filter(s -> s.tier().equals(tier)).toList();
            if (sameTier.isEmpty()) {
                return refused("TIER_UNKNOWN", TIER, "award.tier.unknown", typedTier, programme.name(), String.join("、", tiers));
            }
            standard = sameTier.stream().filter(s -> s.inForce(term)).findFirst().orElse(null);
            if (standard == null) {
                return refused("NOT_FOR_TERM", TIER, "award.tier.notForTerm", tier, programme.name(), term.label());
            }
        }
        if (standard == null) {
            return refused("NOT_FOR_TERM", PROGRAMME, "award.programme.notForTerm", programme.name(), term.label());
        }
        if (standard.amount() != null && standard.amount().compareTo(amount) != 0) {
            return refused("AMOUNT_MISMATCH", AMOUNT, "award.amount.mismatch", amount.toString(), programme.name(),
                    standard.tier().isEmpty() ? "" : standard.tier(), term.label(), standard.amount().toString());
        }
        if (standard.amount() == null && (amount.compareTo(standard.min()) < 0 || amount.compareTo(standard.max()) > 0)) {
            return refused("AMOUNT_OUT_OF_RANGE", AMOUNT, "award.amount.outOfRange", amount.toString(), programme.name(),
                    standard.min().toString(), standard.max().toString());
        }
        return new ProgrammeCheck.Accepted(programme.code(), programme.name(), standard.tier(), notes);
    }

    /** "1档", "第一档", "一等" and "一 档" are all 一档; other tiers pass through normalised. */
    static String tier(String typed) {
        String t = compact(typed).replace("第", "").replace("等", "档");
        return switch (t) {
            case "1档", "一" , "1" -> "一档";
            case "2档", "二", "2" -> "二档";
            case "3档", "三", "3" -> "三档";
            case "寄宿", "住校", "住校生" -> "寄宿生";
            case "非寄宿", "走读", "走读生" -> "非寄宿生";
            default -> t;
        };
    }

    private static String suggestions(String typed, Stage stage) {
        return PROGRAMMES.stream()
                .filter(p -> p.stages().contains(stage))
                .sorted(Comparator.comparingInt((Programme p) -> -common(typed, p.name())).thenComparing(Programme::code))
                .map(Programme::name)
                .collect(Collectors.joining("、"));
    }

    private static int common(String a, String b) {
        Set<Integer> chars = a.codePoints().boxed().collect(Collectors.toCollection(LinkedHashSet::new));
        return (int) b.codePoints().filter(chars::contains).count();
    }

    private static ProgrammeCheck refused(String rule, RosterColumn column, String code, Object... args) {
        return new ProgrammeCheck.Refused(rule, column, code, args);
    }

    private static String labels(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }

    private static String compact(String s) {
        return Text.compact(s).replace("（", "(").replace("）", ")");
    }

    private static Standard exact(String tier, Stage stage, Term from, Term until, long yuan) {
        return new Standard(tier, stage, from, until, Money.yuan(yuan), null, null);
    }

    private static Standard range(String tier, Term from, long min, long max) {
        return new Standard(tier, null, from, null, null, Money.yuan(min), Money.yuan(max));
    }

    private static Term before(Term term) {
        return term.semester() == Term.Semester.SPRING
                ? new Term(term.year() - 1, Term.Semester.AUTUMN)
                : new Term(term.year(), Term.Semester.SPRING);
    }
}
