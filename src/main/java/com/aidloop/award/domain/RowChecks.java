package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.AMOUNT;
import static com.aidloop.award.domain.RosterColumn.BANK;
import static com.aidloop.award.domain.RosterColumn.CARD_NUMBER;
import static com.aidloop.award.domain.RosterColumn.CLASS_NAME;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_LEVEL;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_TYPE;
import static com.aidloop.award.domain.RosterColumn.GRADE;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_TOWNSHIP;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_VILLAGE;
import static com.aidloop.award.domain.RosterColumn.PROGRAMME;
import static com.aidloop.award.domain.RosterColumn.REMARK;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_CODE;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_NAME;
import static com.aidloop.award.domain.RosterColumn.SPECIAL_CHANNEL;
import static com.aidloop.award.domain.RosterColumn.TERM;
import static com.aidloop.award.domain.RosterColumn.TIER;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.CatalogueRule;
import com.aidloop.programme.StandardCheck;
import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of one roster row that need no database look-up beyond the per-file caches behind
 * {@link RowLookups}: the term, the school and the uploader's scope, the stage, the household
 * divisions, the registry's identity rules ({@link IdentityChecks}: ID numbers, also those that a
 * spreadsheet's number format destroyed), the programme, tier and amount, the dictionaries and the
 * card (a blank one taken from the student's registry record: {@link CardFromRegistryPolicy}).
 * Every problem of the row is reported, each naming its column.
 */
public final class RowChecks {

    public static final int REMARK_MAX = 200;
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[Ee]\\+?\\d+");
    private static final Pattern SCHOOL_CODE_SHAPE = Pattern.compile("\\d{10}");

    private final Term term;
    private final DataScope scope;
    private final RowLookups lookups;
    private final Catalogue catalogue;
    private final IdentityChecks identity;
    private final Map<String, Object> stages = new ConcurrentHashMap<>();

    /** @param catalogue the programme catalogue of the term, as it stands when the import runs */
    public RowChecks(Term term, DataScope scope, RowLookups lookups, Catalogue catalogue) {
        this.term = term;
        this.scope = scope;
        this.lookups = lookups;
        this.catalogue = catalogue;
        this.identity = new IdentityChecks(lookups);
    }

    public CheckedRow check(RosterRow in) {
        CheckedRow row = new CheckedRow(in.rowNumber());
        term(in, row);
        school(in, row);
        row.grade = in.get(GRADE);
        row.className = in.get(CLASS_NAME);
        stage(in, row);
        divisions(in, row);
        identity.check(in, row);
        card(in, row);
        programme(in, row);
        dictionaries(in, row);
        CardFromRegistryPolicy.apply(row, lookups);
        return row;
    }

    private void term(RosterRow in, CheckedRow row) {
        if (in.isBlank(TERM)) {
            return;
        }
        Term typed = value(row, TERM, () -> Term.parse(in.get(TERM)));
        if (typed != null && !typed.equals(term)) {
            row.error(TERM, "award.term.mismatch", typed.label(), term.label());
        }
    }

    private void school(RosterRow in, CheckedRow row) {
        String code = Text.compact(in.get(SCHOOL_CODE));
        if (code.isEmpty()) {
            row.error(SCHOOL_CODE, "award.school.required");
            return;
        }
        if (!SCHOOL_CODE_SHAPE.matcher(code).matches()) {
            row.error(
                    SCHOOL_CODE,
                    SCIENTIFIC.matcher(code).matches() ? "award.school.scientificNotation" : "award.school.codeFormat",
                    code);
            return;
        }
        SchoolView school = lookups.school(code).orElse(null);
        if (school == null) {
            row.error(SCHOOL_CODE, "award.school.unknown", code);
            return;
        }
        if (!scope.coversSchool(school.id(), school.townshipCode())) {
            row.error(
                    SCHOOL_CODE,
                    scope.schoolId() != null ? "award.school.notOwnSchool" : "award.school.outsideScope",
                    code,
                    school.name());
            return;
        }
        row.school = school;
        String typedName = Text.compact(in.get(SCHOOL_NAME));
        if (!typedName.isEmpty() && !typedName.equals(Text.compact(school.name()))) {
            row.warning(SCHOOL_NAME, "award.school.nameDiffers", in.get(SCHOOL_NAME), code, school.name());
        }
    }

    private void stage(RosterRow in, CheckedRow row) {
        if (row.school == null || row.grade.isEmpty()) {
            return;
        }
        // a roster repeats a few grades of a few schools: each pair is worked out once
        Object stage = stages.computeIfAbsent(row.school.id() + "|" + row.grade, k -> {
            try {
                return StageOfGrade.of(row.school.stages(), row.grade);
            } catch (InvalidValue invalid) {
                return invalid;
            }
        });
        if (stage instanceof InvalidValue invalid) {
            row.error(GRADE, invalid.code(), invalid.args());
        } else {
            row.stage = (Stage) stage;
        }
    }

    private void divisions(RosterRow in, CheckedRow row) {
        String typedTownship = in.get(HOUSEHOLD_TOWNSHIP);
        if (typedTownship.isEmpty()) {
            row.error(HOUSEHOLD_TOWNSHIP, "award.township.required");
            return;
        }
        if (row.school == null) {
            return;
        }
        String county = row.school.countyCode();
        Region township = resolve(
                row,
                HOUSEHOLD_TOWNSHIP,
                lookups.township(county, typedTownship),
                typedTownship,
                lookups.countyName(county));
        if (township == null) {
            return;
        }
        row.townshipCode = township.code();
        String typedVillage = in.get(HOUSEHOLD_VILLAGE);
        if (typedVillage.isEmpty()) {
            return;
        }
        if (!lookups.villagesLoaded(county)) {
            row.warning(HOUSEHOLD_VILLAGE, "award.village.notChecked", typedVillage, lookups.countyName(county));
            return;
        }
        Region village = resolve(
                row, HOUSEHOLD_VILLAGE, lookups.village(township.code(), typedVillage), typedVillage, township.name());
        row.villageCode = village == null ? null : village.code();
    }

    private static Region resolve(
            CheckedRow row, RosterColumn column, NameLookup lookup, String typed, String parentName) {
        String kind = column == HOUSEHOLD_TOWNSHIP ? "township" : "village";
        return switch (lookup) {
            case NameLookup.Found found -> found.region();
            case NameLookup.Ambiguous ambiguous -> {
                row.error(column, "award." + kind + ".ambiguous", typed, parentName, names(ambiguous.candidates()));
                yield null;
            }
            case NameLookup.NotFound notFound -> {
                if (notFound.suggestions().isEmpty()) {
                    row.error(column, "award." + kind + ".unknown", typed, parentName);
                } else {
                    row.error(
                            column,
                            "award." + kind + ".unknownSuggest",
                            typed,
                            parentName,
                            names(notFound.suggestions()));
                }
                yield null;
            }
        };
    }

    private static String names(List<Region> regions) {
        return regions.stream().map(Region::name).collect(Collectors.joining("、"));
    }

    /** Card numbers a spreadsheet turned into numbers, and the Luhn check, which only warns. */
    private void card(RosterRow in, CheckedRow row) {
        String raw = Text.compact(in.get(CARD_NUMBER));
        row.bank = in.isBlank(BANK) ? null : in.get(BANK);
        if (raw.isEmpty()) {
            return;
        }
        if (SCIENTIFIC.matcher(raw).matches()) {
            row.problems.removeIf(p -> p.column() == CARD_NUMBER);
            row.error(CARD_NUMBER, "award.card.scientificNotation");
            return;
        }
        BankCardNumber card = quietly(() -> new BankCardNumber(raw));
        if (card == null) {
            return;
        }
        row.cardNumber = card.value();
        if (!card.passesLuhn()) {
            row.warning(CARD_NUMBER, card.value().endsWith("000") ? "award.card.excelTruncated" : "card.luhnWarning");
        }
    }

    /** The programme, tier and amount against the catalogue of the term, for the student's stage. */
    private void programme(RosterRow in, CheckedRow row) {
        if (in.isBlank(AMOUNT)) {
            row.error(AMOUNT, "award.amount.required");
        } else {
            Money amount = value(row, AMOUNT, () -> Money.yuan(in.get(AMOUNT)));
            if (amount != null && amount.yuan().signum() <= 0) {
                row.error(AMOUNT, "award.amount.notPositive", amount.toString());
            } else {
                row.amount = amount;
            }
        }
        if (in.isBlank(PROGRAMME)) {
            row.error(PROGRAMME, "award.programme.required");
            return;
        }
        if (row.stage == null) {
            return;
        }
        StandardCheck check = catalogue.check(in.get(PROGRAMME), in.get(TIER), row.amount, row.stage);
        if (!check.passed()) {
            row.error(columnOf(check.rule()), check.code(), check.args());
        } else if (row.amount != null) {
            row.programmeCode = check.programme().code();
            row.programmeName = check.programme().programme().displayName();
            row.tier = check.standard().tier().label();
            row.tierCode = check.standard().tier().code();
        }
    }

    private static RosterColumn columnOf(CatalogueRule rule) {
        return switch (rule.column()) {
            case PROGRAMME -> PROGRAMME;
            case TIER -> TIER;
            case AMOUNT -> AMOUNT;
        };
    }

    private void dictionaries(RosterRow in, CheckedRow row) {
        row.difficultyType =
                value(row, DIFFICULTY_TYPE, () -> RosterDictionaries.difficultyType(in.get(DIFFICULTY_TYPE)));
        row.difficultyLevel =
                value(row, DIFFICULTY_LEVEL, () -> RosterDictionaries.difficultyLevel(in.get(DIFFICULTY_LEVEL)));
        String remark = in.get(REMARK);
        if (remark.length() > REMARK_MAX) {
            row.error(REMARK, "award.remark.length", REMARK_MAX);
        }
        row.remark = remark.isEmpty() ? null : remark;
        Boolean special = value(row, SPECIAL_CHANNEL, () -> RosterDictionaries.yesNo(in.get(SPECIAL_CHANNEL)));
        row.specialChannel = special != null ? special : RosterDictionaries.remarkNamesSpecialChannel(remark);
        row.specialChannelByRemark = special == null && row.specialChannel;
    }

    /** Builds a value, or records why not under the column and returns null. */
    private static <T> T value(CheckedRow row, RosterColumn column, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            row.error(column, invalid.code(), invalid.args());
            return null;
        }
    }

    /** Builds a value, or returns null when it is invalid (another check reports why). */
    static <T> T quietly(Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            return null;
        }
    }
}
