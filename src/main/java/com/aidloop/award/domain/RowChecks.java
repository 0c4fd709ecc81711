package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.AMOUNT;
import static com.aidloop.award.domain.RosterColumn.BANK;
import static com.aidloop.award.domain.RosterColumn.CARD_NUMBER;
import static com.aidloop.award.domain.RosterColumn.CLASS_NAME;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_LEVEL;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_TYPE;
import static com.aidloop.award.domain.RosterColumn.GENDER;
import static com.aidloop.award.domain.RosterColumn.GRADE;
import static com.aidloop.award.domain.RosterColumn.GUARDIAN_ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.GUARDIAN_NAME;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_TOWNSHIP;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_VILLAGE;
import static com.aidloop.award.domain.RosterColumn.ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.ID_TYPE;
import static com.aidloop.award.domain.RosterColumn.PHONE;
import static com.aidloop.award.domain.RosterColumn.PROGRAMME;
import static com.aidloop.award.domain.RosterColumn.REMARK;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_CODE;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_NAME;
import static com.aidloop.award.domain.RosterColumn.SPECIAL_CHANNEL;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NAME;
import static com.aidloop.award.domain.RosterColumn.STUDENT_NUMBER;
import static com.aidloop.award.domain.RosterColumn.TERM;
import static com.aidloop.award.domain.RosterColumn.TIER;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.programme.CatalogueRule;
import com.aidloop.programme.StandardCheck;
import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of one roster row that need no database look-up beyond the per-file caches behind
 * {@link RowLookups}: the term, the school and the uploader's scope, the stage, the household
 * divisions, the registry's identity rules (ID numbers, also those that a spreadsheet's number
 * format destroyed), the programme, tier and amount, the dictionaries and the card. Every
 * problem of the row is reported, each naming its column.
 */
public final class RowChecks {

    public static final int REMARK_MAX = 200;
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[Ee]\\+?\\d+");
    private static final Pattern SCHOOL_CODE_SHAPE = Pattern.compile("\\d{10}");
    private static final long PLACEHOLDER_SCHOOL = 0L;
    private static final String PLACEHOLDER_TOWNSHIP = "430626100";

    private final Term term;
    private final DataScope scope;
    private final RowLookups lookups;
    private final Catalogue catalogue;
    private final Map<String, Object> stages = new ConcurrentHashMap<>();

    /** @param catalogue the programme catalogue of the term, as it stands when the import runs */
    public RowChecks(Term term, DataScope scope, RowLookups lookups, Catalogue catalogue) {
        this.term = term;
        this.scope = scope;
        this.lookups = lookups;
        this.catalogue = catalogue;
    }

    public CheckedRow check(RosterRow in) {
        CheckedRow row = new CheckedRow(in.rowNumber());
        term(in, row);
        school(in, row);
        row.grade = in.get(GRADE);
        row.className = in.get(CLASS_NAME);
        stage(in, row);
        divisions(in, row);
        identity(in, row);
        card(in, row);
        programme(in, row);
        dictionaries(in, row);
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
            row.error(SCHOOL_CODE, SCIENTIFIC.matcher(code).matches() ? "award.school.scientificNotation" : "award.school.codeFormat", code);
            return;
        }
        SchoolView school = lookups.school(code).orElse(null);
        if (school == null) {
            row.error(SCHOOL_CODE, "award.school.unknown", code);
            return;
        }
        if (!scope.coversSchool(school.id(), school.townshipCode())) {
            row.error(SCHOOL_CODE, scope.schoolId() != null ? "award.school.notOwnSchool" : "award.school.outsideScope", code, school.name());
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
        Region township = resolve(row, HOUSEHOLD_TOWNSHIP, lookups.township(county, typedTownship), typedTownship, lookups.countyName(county));
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
        Region village = resolve(row, HOUSEHOLD_VILLAGE, lookups.village(township.code(), typedVillage), typedVillage, township.name());
        row.villageCode = village == null ? null : village.code();
    }

    private static Region resolve(CheckedRow row, RosterColumn column, NameLookup lookup, String typed, String parentName) {
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
                    row.error(column, "award." + kind + ".unknownSuggest", typed, parentName, names(notFound.suggestions()));
                }
                yield null;
            }
        };
    }

    private static String names(List<Region> regions) {
        return regions.stream().map(Region::name).collect(Collectors.joining("、"));
    }

    /**
     * The registry's identity rules, applied to the student as it would be registered: name,
     * gender, document type and number (also those a spreadsheet's number format destroyed),
     * student number, grade, class, the guardian's name, ID number and mobile, the card.
     */
    private void identity(RosterRow in, CheckedRow row) {
        boolean hasGuardian = !in.isBlank(GUARDIAN_NAME) || !in.isBlank(GUARDIAN_ID_NUMBER) || !in.isBlank(PHONE);
        List<MemberInput> household = hasGuardian
                ? List.of(new MemberInput(null, in.get(GUARDIAN_NAME), "其他", true, IdDocumentType.RESIDENT_ID_CARD.label(),
                        in.get(GUARDIAN_ID_NUMBER), in.get(PHONE), null, null, null))
                : List.of();
        CardInput card = in.isBlank(BANK) && in.isBlank(CARD_NUMBER) ? null : new CardInput(in.get(BANK), in.get(CARD_NUMBER));
        StudentInput student = new StudentInput(in.get(STUDENT_NAME), in.get(GENDER), in.get(ID_TYPE), in.get(ID_NUMBER),
                in.get(STUDENT_NUMBER), row.school == null ? null : row.school.id(), in.get(GRADE), in.get(CLASS_NAME),
                row.townshipCode, row.villageCode, residenceOf(row.townshipCode), household, card);
        // The school and divisions are checked above; placeholders stand in for those that failed,
        // so that the registry still reports every other problem (it stops early on missing basics).
        StudentInput probe = new StudentInput(student.name(), student.gender(), student.idType(), student.idNumber(),
                student.studentNumber(), row.school == null ? PLACEHOLDER_SCHOOL : row.school.id(), student.grade(),
                student.className(), row.townshipCode == null ? PLACEHOLDER_TOWNSHIP : row.townshipCode,
                row.townshipCode == null ? null : row.villageCode, student.residence(), household, card);
        List<FieldProblem> problems = lookups.identityProblems(probe);
        for (FieldProblem problem : problems) {
            RosterColumn column = columnOf(problem.field());
            if (column != null) {
                row.error(column, problem.code(), problem.args());
            }
        }
        row.student = student;
        row.studentName = Text.normalize(in.get(STUDENT_NAME)).replaceAll("\\s+", " ");
        row.idNumber = Text.compact(in.get(ID_NUMBER)).toUpperCase(Locale.ROOT);
        row.idType = idType(in.get(ID_TYPE));
        row.gender = gender(in.get(GENDER), row.idType, row.idNumber);
        row.studentNumber = in.isBlank(STUDENT_NUMBER) ? null : Text.compact(in.get(STUDENT_NUMBER)).toUpperCase(Locale.ROOT);
        row.guardianName = in.isBlank(GUARDIAN_NAME) ? null : in.get(GUARDIAN_NAME);
        row.phone = in.isBlank(PHONE) ? null : quietly(() -> new PhoneNumber(in.get(PHONE)).value());
    }

    /** Districts (街道, township codes 001–099) are urban; towns and townships rural, as the demo county reads. */
    static String residenceOf(String townshipCode) {
        if (townshipCode == null) {
            return "农村";
        }
        return townshipCode.charAt(6) == '0' ? "城镇" : "农村";
    }

    private static RosterColumn columnOf(String field) {
        if (field.startsWith("household")) {
            if (field.endsWith(".idNumber") || field.endsWith(".idType")) {
                return GUARDIAN_ID_NUMBER;
            }
            return field.endsWith(".phone") ? PHONE : GUARDIAN_NAME;
        }
        return switch (field) {
            case "name" -> STUDENT_NAME;
            case "gender" -> GENDER;
            case "idType" -> ID_TYPE;
            case "idNumber" -> ID_NUMBER;
            case "studentNumber" -> STUDENT_NUMBER;
            case "grade" -> GRADE;
            case "className" -> CLASS_NAME;
            case "aidCard.bank" -> BANK;
            case "aidCard.cardNumber" -> CARD_NUMBER;
            default -> null;
        };
    }

    private static String idType(String raw) {
        IdDocumentType type = quietly(() -> IdDocumentType.fromLabel(raw));
        return type == null ? null : type.name();
    }

    private static Gender gender(String raw, String idType, String idNumber) {
        if (!Text.compact(raw).isEmpty()) {
            return quietly(() -> Gender.fromLabel(raw));
        }
        boolean gb11643 = idType != null && IdDocumentType.valueOf(idType).followsGb11643();
        if (!gb11643 || idNumber.length() != 18 || !Character.isDigit(idNumber.charAt(16))) {
            return null;
        }
        // the registry has checked the number; its 17th digit is odd for men (GB 11643)
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
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
        row.difficultyType = value(row, DIFFICULTY_TYPE, () -> RosterDictionaries.difficultyType(in.get(DIFFICULTY_TYPE)));
        row.difficultyLevel = value(row, DIFFICULTY_LEVEL, () -> RosterDictionaries.difficultyLevel(in.get(DIFFICULTY_LEVEL)));
        String remark = in.get(REMARK);
        if (remark.length() > REMARK_MAX) {
            row.error(REMARK, "award.remark.length", REMARK_MAX);
        }
        row.remark = remark.isEmpty() ? null : remark;
        Boolean special = value(row, SPECIAL_CHANNEL, () -> RosterDictionaries.yesNo(in.get(SPECIAL_CHANNEL)));
        row.specialChannel = special != null ? special : RosterDictionaries.remarkNamesSpecialChannel(remark);
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

    private static <T> T quietly(Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            return null;
        }
    }
}
