package com.aidloop.testing;

import com.aidloop.shared.Term;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The one way tests seed awards, and the one place that knows the award table: an award of a
 * student (a registered demo student, the {@code nth} of a school by id or one chosen by id), with
 * the student's own facts (name, gender, ID number, school, grade, class, household, bank and
 * masked card) unless the test chooses others, written as the roster import writes it. Start from
 * {@link #award} or {@link #student}, change what the test is about, then {@link #insert} one or
 * {@link #insertAll} many in one statement (a benchmark's hundred thousand take seconds).
 *
 * <pre>{@code
 * long id = AwardSeeds.award(term, "2143062611", 0).programme("PRESCHOOL_AID", "学前教育资助").amount("500.00").confirmed().insert(jdbc);
 * }</pre>
 */
public record AwardSeeds(Term term, Pick pick, Grant grant, Facts facts, Sealed sealed, boolean countyConfirmed) {

    private static final Grant LIVING_SUBSIDY =
            new Grant("PRIMARY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助", "PRIMARY", "寄宿生", new BigDecimal("500.00"));

    /** Which student: by id, or else the {@code nth} by id of the school's students whose household lies in the region (if any). */
    public record Pick(Long studentId, String schoolCode, int nth, String householdPrefix) {}

    /** What the award is: programme, stage, tier and amount in yuan. */
    public record Grant(String programmeCode, String programmeName, String stage, String tier, BigDecimal amount) {}

    /** Sealed values (as privacy.SensitiveData seals them) and the card's blind index; none by default. */
    public record Sealed(String phone, String cardNumber, String cardNumberIndex) {

        public static final Sealed NONE = new Sealed(null, null, null);
    }

    /**
     * Facts a test sets instead of the student's. In the person, school, class, household and card,
     * a null keeps what the registry says of the student (nothing, for a student it does not know);
     * the need, the guardian and the remark are the award's own, none by default.
     */
    public record Facts(
            Person person,
            School school,
            String grade,
            String className,
            Household household,
            Need need,
            Guardian guardian,
            Card card,
            String remark) {

        public static final Facts STUDENTS_OWN =
                new Facts(Person.OWN, School.OWN, null, null, Household.OWN, Need.NONE, Guardian.NONE, Card.OWN, null);

        /** The student's own facts, with a guardian and, for a student without a card, a masked card. */
        public static Facts guardianAndCard(String guardianName, String cardIfNone) {
            return STUDENTS_OWN.guardian(new Guardian(guardianName, null)).card(new Card(null, null, cardIfNone));
        }

        public Facts person(Person chosen) {
            return new Facts(chosen, school, grade, className, household, need, guardian, card, remark);
        }

        public Facts school(School chosen) {
            return new Facts(person, chosen, grade, className, household, need, guardian, card, remark);
        }

        public Facts classOf(String chosenGrade, String chosenClass) {
            return new Facts(person, school, chosenGrade, chosenClass, household, need, guardian, card, remark);
        }

        public Facts household(Household chosen) {
            return new Facts(person, school, grade, className, chosen, need, guardian, card, remark);
        }

        public Facts need(Need chosen) {
            return new Facts(person, school, grade, className, household, chosen, guardian, card, remark);
        }

        public Facts guardian(Guardian chosen) {
            return new Facts(person, school, grade, className, household, need, chosen, card, remark);
        }

        public Facts card(Card chosen) {
            return new Facts(person, school, grade, className, household, need, guardian, chosen, remark);
        }

        public Facts remark(String chosen) {
            return new Facts(person, school, grade, className, household, need, guardian, card, chosen);
        }
    }

    /** The student's name, gender and ID number (its blind index: one award per person, programme and term). */
    public record Person(String name, String gender, String idNumberIndex, String idNumberMasked) {

        public static final Person OWN = new Person(null, null, null, null);
    }

    /** The school the award is booked on, all or nothing (nothing: the student's). */
    public record School(Long id, String code, String name, String townshipCode) {

        public static final School OWN = new School(null, null, null, null);
    }

    /** Where the student's household lives, township and village (nothing: where the registry says). */
    public record Household(String townshipCode, String villageCode) {

        public static final Household OWN = new Household(null, null);
    }

    /** The family's difficulty (家庭经济困难类型、等级) and whether the award came through the special channel. */
    public record Need(String difficultyType, String difficultyLevel, boolean specialChannel) {

        public static final Need NONE = new Need(null, null, false);
    }

    /** The guardian on the roster (none by default). */
    public record Guardian(String name, String phoneMasked) {

        public static final Guardian NONE = new Guardian(null, null);
    }

    /** The bank and masked card number; {@code ifNone} is the masked card of a student the registry knows no card of. */
    public record Card(String bank, String numberMasked, String ifNone) {

        public static final Card OWN = new Card(null, null, null);
    }

    /** A primary boarder's living subsidy (寄宿生, 500 yuan) for the {@code nth} student of the school, not confirmed, with the student's own facts. */
    public static AwardSeeds award(Term term, String schoolCode, int nth) {
        return new AwardSeeds(
                term, new Pick(null, schoolCode, nth, null), LIVING_SUBSIDY, Facts.STUDENTS_OWN, Sealed.NONE, false);
    }

    /**
     * The same award for the student with this id; for an id the registry does not know, the facts
     * must name the school, the household and the ID number.
     */
    public static AwardSeeds student(Term term, long studentId) {
        return new AwardSeeds(
                term, new Pick(studentId, null, 0, null), LIVING_SUBSIDY, Facts.STUDENTS_OWN, Sealed.NONE, false);
    }

    public AwardSeeds programme(String code, String name) {
        return grant(new Grant(code, name, grant.stage(), grant.tier(), grant.amount()));
    }

    public AwardSeeds stage(String stage) {
        return grant(new Grant(grant.programmeCode(), grant.programmeName(), stage, grant.tier(), grant.amount()));
    }

    public AwardSeeds tier(String tier) {
        return grant(new Grant(grant.programmeCode(), grant.programmeName(), grant.stage(), tier, grant.amount()));
    }

    public AwardSeeds amount(String yuan) {
        return grant(new Grant(
                grant.programmeCode(), grant.programmeName(), grant.stage(), grant.tier(), new BigDecimal(yuan)));
    }

    private AwardSeeds grant(Grant changed) {
        return new AwardSeeds(term, pick, changed, facts, sealed, countyConfirmed);
    }

    public AwardSeeds facts(Facts chosen) {
        return new AwardSeeds(term, pick, grant, chosen, sealed, countyConfirmed);
    }

    public AwardSeeds sealed(Sealed values) {
        return new AwardSeeds(term, pick, grant, facts, values, countyConfirmed);
    }

    /** Counts only the school's students whose household lies inside the region. */
    public AwardSeeds householdIn(String regionPrefix) {
        return new AwardSeeds(
                term,
                new Pick(pick.studentId(), pick.schoolCode(), pick.nth(), regionPrefix),
                grant,
                facts,
                sealed,
                countyConfirmed);
    }

    /** Confirmed (资助确认) by the county, so payable. */
    public AwardSeeds confirmed() {
        return new AwardSeeds(term, pick, grant, facts, sealed, true);
    }

    /** Writes the award; returns its id. */
    public long insert(JdbcClient jdbc) {
        return insertAll(jdbc, List.of(this)).getFirst();
    }

    /** Writes the awards in one statement; returns their ids in the order of the seeds. */
    public static List<Long> insertAll(JdbcClient jdbc, List<AwardSeeds> seeds) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        String arrays = COLUMNS.stream()
                .map(c -> "CAST(:" + c.name() + " AS " + c.sqlType() + "[])")
                .collect(Collectors.joining(", "));
        String names = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
        StatementSpec insert = jdbc.sql(INSERT.formatted(arrays, names));
        for (Column<?> column : COLUMNS) {
            insert = insert.param(column.name(), column.values(seeds));
        }
        List<Long> ids = new ArrayList<>(insert.query(Long.class).list());
        ids.sort(null); // the rows go in ordered by n, so ids grow in the order of the seeds
        return ids;
    }

    /**
     * The seeds as rows (one array per column, unnested together): the seed's student is the one
     * it names or picks, and what the seed leaves empty comes from the registry.
     */
    private static final String INSERT = """
            WITH seed AS (
                SELECT a.*, coalesce(a.student_id, (
                           SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                            WHERE sc.code = a.pick_school AND (a.pick_household IS NULL OR s.household_township_code LIKE a.pick_household || '%%')
                            ORDER BY s.id OFFSET a.pick_nth LIMIT 1)) AS picked
                  FROM unnest(%s) WITH ORDINALITY AS a(%s, n)
            )
            INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                   id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                   household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                   guardian_name, phone_sealed, phone_masked, card_bank, card_number_sealed, card_number_index, card_number_masked,
                   remark, created_by, confirmed_at, confirmed_by)
            SELECT a.term, a.programme_code, a.programme_name, a.stage, a.tier, a.amount, a.picked, coalesce(a.student_name, s.name),
                   coalesce(a.gender, s.gender), coalesce(a.id_number_index, s.id_number_index),
                   coalesce(a.id_number_masked, s.id_number_masked), coalesce(a.school_id, sc.id), coalesce(a.school_code, sc.code),
                   coalesce(a.school_name, sc.name), coalesce(a.school_township_code, s.school_township_code),
                   coalesce(a.grade, s.grade), coalesce(a.class_name, s.class_name),
                   coalesce(a.household_township_code, s.household_township_code),
                   CASE WHEN a.household_township_code IS NULL THEN s.household_village_code ELSE a.household_village_code END,
                   a.difficulty_type, a.difficulty_level, a.special_channel, a.guardian_name, a.phone_sealed, a.phone_masked,
                   coalesce(a.card_bank, s.card_bank), a.card_number_sealed, a.card_number_index,
                   coalesce(a.card_number_masked, s.card_number_masked, a.card_if_none), a.remark, 'test-fixture',
                   CASE WHEN a.confirmed THEN now() END, CASE WHEN a.confirmed THEN 'county' END
              FROM seed a
              LEFT JOIN registry_student s ON s.id = a.picked
              LEFT JOIN school_school sc ON sc.id = s.school_id
             ORDER BY a.n
            RETURNING id
            """;

    /** A column of the seeds' rows: its name and SQL type, and the value a seed gives it. */
    private record Column<T>(String name, String sqlType, Class<T> javaType, Function<AwardSeeds, T> value) {

        /** The column's values, one per seed, as an array the driver sends typed. */
        @SuppressWarnings("unchecked")
        T[] values(List<AwardSeeds> seeds) {
            T[] values = (T[]) Array.newInstance(javaType, seeds.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = value.apply(seeds.get(i));
            }
            return values;
        }
    }

    private static Column<String> text(String name, Function<AwardSeeds, String> value) {
        return new Column<>(name, "text", String.class, value);
    }

    private static final List<Column<?>> COLUMNS = List.of(
            text("term", s -> s.term.code()),
            new Column<>("student_id", "bigint", Long.class, s -> s.pick.studentId()),
            text("pick_school", s -> s.pick.schoolCode()),
            new Column<>("pick_nth", "int", Integer.class, s -> s.pick.nth()),
            text("pick_household", s -> s.pick.householdPrefix()),
            text("programme_code", s -> s.grant.programmeCode()),
            text("programme_name", s -> s.grant.programmeName()),
            text("stage", s -> s.grant.stage()),
            text("tier", s -> s.grant.tier()),
            new Column<>("amount", "numeric", BigDecimal.class, s -> s.grant.amount()),
            text("student_name", s -> s.facts.person().name()),
            text("gender", s -> s.facts.person().gender()),
            text("id_number_index", s -> s.facts.person().idNumberIndex()),
            text("id_number_masked", s -> s.facts.person().idNumberMasked()),
            new Column<>(
                    "school_id", "bigint", Long.class, s -> s.facts.school().id()),
            text("school_code", s -> s.facts.school().code()),
            text("school_name", s -> s.facts.school().name()),
            text("school_township_code", s -> s.facts.school().townshipCode()),
            text("grade", s -> s.facts.grade()),
            text("class_name", s -> s.facts.className()),
            text("household_township_code", s -> s.facts.household().townshipCode()),
            text("household_village_code", s -> s.facts.household().villageCode()),
            text("difficulty_type", s -> s.facts.need().difficultyType()),
            text("difficulty_level", s -> s.facts.need().difficultyLevel()),
            new Column<>("special_channel", "boolean", Boolean.class, s -> s.facts
                    .need()
                    .specialChannel()),
            text("guardian_name", s -> s.facts.guardian().name()),
            text("phone_masked", s -> s.facts.guardian().phoneMasked()),
            text("card_bank", s -> s.facts.card().bank()),
            text("card_number_masked", s -> s.facts.card().numberMasked()),
            text("card_if_none", s -> s.facts.card().ifNone()),
            text("remark", s -> s.facts.remark()),
            text("phone_sealed", s -> s.sealed.phone()),
            text("card_number_sealed", s -> s.sealed.cardNumber()),
            text("card_number_index", s -> s.sealed.cardNumberIndex()),
            new Column<>("confirmed", "boolean", Boolean.class, s -> s.countyConfirmed));
}
