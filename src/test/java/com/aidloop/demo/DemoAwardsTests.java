package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.roster.RosterVerification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's awards of 2026年春季学期, as a new user of the demo meets them: imported once
 * by {@code county} through the roster import, of the demo's own students, over several
 * programmes and stages at the catalogue's amounts, a few through the special channel.
 */
@SpringBootTest
class DemoAwardsTests {

    private static final String TERM = "2026-SPRING";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    RosterVerification verification;

    @Test
    void theCountyImportedTheAwardsOfAPastTermOnceThroughTheRosterImport() {
        record Import(long id, String status, String uploadedBy, int awardsCreated, int studentsRegistered) {}
        List<Import> imports = jdbc.sql("""
                SELECT id, status, uploaded_by, awards_created, students_registered FROM award_import
                 WHERE term = :term AND file_name = :file""")
                .param("term", TERM)
                .param("file", DemoAwards.FILE_NAME)
                .query(Import.class)
                .list();

        assertThat(imports).as(problems()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("COMMITTED");
            assertThat(i.uploadedBy()).isEqualTo("county");
            assertThat(i.studentsRegistered())
                    .as("every pupil is a demo student already registered")
                    .isZero();
            assertThat(i.awardsCreated()).isEqualTo(awards("TRUE"));
        });
        assertThat(awards("import_id <> " + imports.getFirst().id())).isZero();
        assertThat(awards("TRUE")).isBetween(1_000L, 5_000L);
    }

    @Test
    void theAwardsSpanProgrammesAndStagesAtTheCataloguesAmountsWithAFewSpecialChannelStudents() {
        Map<String, Long> byProgramme = jdbc
                .sql("SELECT programme_code, count(*) FROM award_award WHERE term = :term GROUP BY 1")
                .param("term", TERM)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byProgramme)
                .containsKeys(
                        "PRIMARY_LIVING_SUBSIDY",
                        "JUNIOR_LIVING_SUBSIDY",
                        "RURAL_NUTRITION",
                        "SENIOR_HIGH_NATIONAL_GRANT",
                        "VOCATIONAL_NATIONAL_GRANT",
                        "VOCATIONAL_TUITION_WAIVER",
                        "PRESCHOOL_AID");
        assertThat(jdbc.sql("SELECT count(DISTINCT stage) FROM award_award WHERE term = :term")
                        .param("term", TERM)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
        assertThat(awards("special_channel")).isBetween(1L, 30L);
        assertThat(awards("id_number_masked NOT LIKE '430626%'"))
                .as("only the demo's own people")
                .isZero();
        assertThat(awards("amount = 1750.00 AND programme_code = 'SENIOR_HIGH_NATIONAL_GRANT' AND tier = '一档'"))
                .isEqualTo(awards("programme_code = 'SENIOR_HIGH_NATIONAL_GRANT' AND tier = '一档'"));

        var check = verification.verify(com.aidloop.shared.Term.parse(TERM), DataScope.region(DemoCounty.CODE));
        assertThat(check.findings())
                .as("the automatic check of the term's documents")
                .isEmpty();
        assertThat(check.passed()).isTrue();
    }

    @Test
    void theAwardsOfAllSchoolsButTwoAreConfirmedByTheCountySoTheyCanBePaid() {
        long schools = jdbc.sql("SELECT count(DISTINCT school_id) FROM award_award WHERE term = :term")
                .param("term", TERM)
                .query(Long.class)
                .single();
        long confirmedSchools =
                jdbc.sql("""
                SELECT count(DISTINCT school_id) FROM award_award WHERE term = :term AND confirmed_at IS NOT NULL""").param("term", TERM).query(Long.class).single();
        long partlyConfirmedSchools =
                jdbc.sql("""
                SELECT count(*) FROM (SELECT school_id FROM award_award WHERE term = :term GROUP BY school_id
                 HAVING bool_or(confirmed_at IS NULL) AND bool_or(confirmed_at IS NOT NULL)) s""").param("term", TERM).query(Long.class).single();

        assertThat(confirmedSchools).isEqualTo(schools - 2);
        assertThat(partlyConfirmedSchools)
                .as("a school is confirmed whole or not at all")
                .isZero();
        assertThat(awards("confirmed_at IS NOT NULL AND confirmed_by <> 'county'"))
                .isZero();
    }

    @Test
    void theNeedBasedAwardsRestOnIdentificationsOfTheTermsSchoolYearAtTheRostersLevel() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM award_import_problem p JOIN award_import i ON i.id = p.import_id
                         WHERE i.term = :term AND i.file_name = :file AND p.code LIKE 'award.identification.%'""")
                        .param("term", TERM)
                        .param("file", DemoAwards.FILE_NAME)
                        .query(Long.class)
                        .single())
                .as("no transition notice, no filled or disagreeing level or type")
                .isZero();
        String needBased = "programme_code IN ('PRIMARY_LIVING_SUBSIDY', 'JUNIOR_LIVING_SUBSIDY', 'PRESCHOOL_AID',"
                + " 'SENIOR_HIGH_NATIONAL_GRANT', 'VOCATIONAL_NATIONAL_GRANT')";
        assertThat(awards(needBased)).isPositive();
        assertThat(awards(needBased + """
                         AND EXISTS (SELECT 1 FROM identification_application a
                                      WHERE a.student_id = award_award.student_id AND a.school_year = 2025
                                        AND a.status = 'DECIDED'
                                        AND a.decided_level = CASE award_award.difficulty_level WHEN '特别困难' THEN 'SPECIAL'
                                            WHEN '比较困难' THEN 'FAIRLY' WHEN '一般困难' THEN 'GENERAL' END)"""))
                .as("identified in 2025学年 at the level the roster names")
                .isEqualTo(awards(needBased));
    }

    @Test
    void aRestartImportsNothingAgain() {
        long awards = awards("TRUE");
        BigDecimal amount = jdbc.sql("SELECT sum(amount) FROM award_award WHERE term = :term")
                .param("term", TERM)
                .query(BigDecimal.class)
                .single();

        loader.loadOnce();

        assertThat(awards("TRUE")).isEqualTo(awards);
        assertThat(jdbc.sql("SELECT sum(amount) FROM award_award WHERE term = :term")
                        .param("term", TERM)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(amount);
        assertThat(jdbc.sql("SELECT count(*) FROM award_import WHERE term = :term AND file_name = :file")
                        .param("term", TERM)
                        .param("file", DemoAwards.FILE_NAME)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long awards(String condition) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term AND " + condition)
                .param("term", TERM)
                .query(Long.class)
                .single();
    }

    /** The first problems of the demo's import, to say why it failed. */
    private String problems() {
        return String.join(
                "\n", jdbc.sql("""
                SELECT p.row_number || ' ' || p.column_name || ' ' || p.code || ' ' || p.message FROM award_import_problem p
                  JOIN award_import i ON i.id = p.import_id WHERE i.term = :term ORDER BY p.seq LIMIT 10""").param("term", TERM).query(String.class).list());
    }
}
