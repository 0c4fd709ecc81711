package com.aidloop.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scope filter's SQL agrees with {@link DataScope#coversStudent} and {@link
 * DataScope#coversSchool} on every kind of scope, evaluated by PostgreSQL against rows given
 * as VALUES (no module's table is touched); the empty scope sees nothing.
 */
@SpringBootTest
class ScopeFilterTests {

    private static final long SANSHI = 11;
    private static final long ANDING = 12;
    /** school, school township, household township, household village (平江县 430626). */
    private static final List<Object[]> STUDENTS = List.of(
            new Object[] {SANSHI, "430626102", "430626102", "430626102201"},
            new Object[] {SANSHI, "430626102", "430626105", "430626105210"},
            new Object[] {ANDING, "430626105", "430626102", null},
            new Object[] {ANDING, "430626105", "430626105", "430626105210"},
            new Object[] {ANDING, "430624100", "430624100", "430624100200"});

    private static final List<DataScope> SCOPES = List.of(
            DataScope.nothing(),
            DataScope.school(SANSHI),
            DataScope.school(ANDING),
            DataScope.region("43"),
            DataScope.region("430626"),
            DataScope.region("430626102"),
            DataScope.region("430626105210"),
            DataScope.region("430624"),
            DataScope.region("4306261"));

    @Autowired
    JdbcClient jdbc;

    @Test
    void studentsAreSeenExactlyAsTheScopeCoversThem() {
        for (DataScope scope : SCOPES) {
            for (Object[] s : STUDENTS) {
                boolean seen = jdbc.sql("""
                                SELECT count(*) FROM (VALUES (CAST(:school AS bigint), CAST(:schoolTownship AS text),
                                       CAST(:township AS text), CAST(:village AS text)))
                                       AS s(school_id, school_township_code, household_township_code, household_village_code)
                                 WHERE """ + ScopeFilter.students("s"))
                                .param("school", s[0])
                                .param("schoolTownship", s[1])
                                .param("township", s[2])
                                .param("village", s[3])
                                .params(ScopeFilter.params(scope))
                                .query(Long.class)
                                .single()
                        == 1;
                String household = s[3] != null ? (String) s[3] : (String) s[2];
                assertThat(seen)
                        .as("%s sees student %s", scope, Arrays.toString(s))
                        .isEqualTo(scope.coversStudent((long) s[0], (String) s[1], household));
            }
        }
    }

    @Test
    void schoolsAreSeenExactlyAsTheScopeCoversThem() {
        for (DataScope scope : SCOPES) {
            for (Object[] s : STUDENTS) {
                boolean seen = jdbc.sql("""
                                SELECT count(*) FROM (VALUES (CAST(:school AS bigint), CAST(:township AS text)))
                                       AS school(id, township_code)
                                 WHERE """ + ScopeFilter.schools("school"))
                                .param("school", s[0])
                                .param("township", s[1])
                                .params(ScopeFilter.params(scope))
                                .query(Long.class)
                                .single()
                        == 1;
                assertThat(seen)
                        .as("%s sees school %s", scope, Arrays.toString(s))
                        .isEqualTo(scope.coversSchool((long) s[0], (String) s[1]));
            }
        }
    }

    @Test
    void batchesAreSeenByTheRegionsAboveTheirTownshipAndByNoSchool() {
        for (DataScope scope : SCOPES) {
            boolean seen = jdbc.sql("SELECT count(*) FROM (VALUES ('430626102')) AS b(township_code) WHERE "
                                    + ScopeFilter.batches("b"))
                            .params(ScopeFilter.params(scope))
                            .query(Long.class)
                            .single()
                    == 1;
            boolean expected = scope.schoolId() == null
                    && scope.regionPrefix() != null
                    && "430626102".startsWith(scope.regionPrefix());
            assertThat(seen).as("%s sees a batch of 430626102", scope).isEqualTo(expected);
        }
    }

    @Test
    void fundAllocationsAreSeenByTheCountyAndTheRegionsAboveItOnly() {
        for (DataScope scope : SCOPES) {
            boolean seen = jdbc.sql("SELECT count(*) FROM (VALUES ('430626')) AS f(county_code) WHERE "
                                    + ScopeFilter.fundAllocations("f"))
                            .params(ScopeFilter.params(scope))
                            .query(Long.class)
                            .single()
                    == 1;
            boolean expected = scope.schoolId() == null
                    && scope.regionPrefix() != null
                    && "430626".startsWith(scope.regionPrefix());
            assertThat(seen).as("%s sees an allocation of 430626", scope).isEqualTo(expected);
        }
    }

    /**
     * A catalogue entry's owner is a province or county (NULL: national). The school scope is
     * placed by its school's township in school_school, so this one rule reads a real school.
     */
    @Test
    void catalogueEntriesAreSeenByTheRegionsInsideAndAboveTheirOwnerAndByTheSchoolsInside() {
        long sanshi = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        String sanshiTownship = jdbc.sql("SELECT township_code FROM school_school WHERE id = :id")
                .param("id", sanshi)
                .query(String.class)
                .single();
        List<DataScope> scopes = List.of(
                DataScope.nothing(),
                DataScope.school(sanshi),
                DataScope.school(-1),
                DataScope.region("43"),
                DataScope.region("4306"),
                DataScope.region("430626"),
                DataScope.region("430626102"),
                DataScope.region("430626105210"),
                DataScope.region("430621"),
                DataScope.region("44"));
        for (DataScope scope : scopes) {
            for (String owner : Arrays.asList(null, "43", "44", "430626", "430621")) {
                boolean seen = jdbc.sql("SELECT count(*) FROM (VALUES (CAST(:owner AS text))) AS x(owner_region) WHERE "
                                        + ScopeFilter.catalogueEntries("x"))
                                .param("owner", owner)
                                .params(ScopeFilter.params(scope))
                                .query(Long.class)
                                .single()
                        == 1;
                String township = scope.schoolId() != null && scope.schoolId() == sanshi ? sanshiTownship : null;
                assertThat(seen)
                        .as("%s sees an entry of %s", scope, owner)
                        .isEqualTo(scope.coversCatalogueEntry(owner, township));
            }
        }
        assertThat(DataScope.school(sanshi).coversCatalogueEntry("430626", sanshiTownship))
                .isTrue();
        assertThat(DataScope.school(sanshi).coversCatalogueEntry("430621", sanshiTownship))
                .isFalse();
        assertThat(DataScope.region("430621").coversCatalogueEntry("430626", null))
                .isFalse();
        assertThat(DataScope.region("43").coversCatalogueEntry("430626", null)).isTrue();
        assertThat(DataScope.region("430626102").coversCatalogueEntry("43", null))
                .isTrue();
        assertThat(DataScope.nothing().coversCatalogueEntry(null, null)).isTrue();
        assertThat(DataScope.nothing().coversCatalogueEntry("43", null)).isFalse();
    }

    @Test
    void theEmptyScopeBindsNeitherSchoolNorRegion() {
        Map<String, Object> params = ScopeFilter.params(DataScope.nothing());

        assertThat(params).containsEntry(ScopeFilter.SCHOOL, null).containsEntry(ScopeFilter.REGION, null);
    }

    @Test
    void aSchoolScopeBindsTheSchoolOnly() {
        assertThat(ScopeFilter.params(DataScope.school(SANSHI)))
                .containsEntry(ScopeFilter.SCHOOL, SANSHI)
                .containsEntry(ScopeFilter.REGION, null);
    }

    @Test
    void aRegionPrefixIsBoundAsALikePatternWithItsWildcardsEscaped() {
        assertThat(ScopeFilter.params(DataScope.region("430626"))).containsEntry(ScopeFilter.REGION, "430626%");
        assertThat(ScopeFilter.params(DataScope.region("43_6%"))).containsEntry(ScopeFilter.REGION, "43\\_6\\%%");
        assertThat(ScopeFilter.withinParam("4306\\")).isEqualTo("4306\\\\%");
        assertThat(ScopeFilter.withinParam(null)).isNull();
        assertThat(ScopeFilter.withinParam("")).isNull();
    }

    @Test
    void aPrefixWithAWildcardMatchesItLiterallyInTheDatabase() {
        long seen = jdbc.sql("SELECT count(*) FROM (VALUES ('430626102')) AS b(township_code) WHERE "
                        + ScopeFilter.batches("b"))
                .params(ScopeFilter.params(DataScope.region("4306_6")))
                .query(Long.class)
                .single();

        assertThat(seen).isZero();
    }

    @Test
    void fragmentsUseTheFixedParameterNamesAndTheGivenAlias() {
        assertThat(ScopeFilter.payments("p", "b"))
                .isEqualTo("(p.school_id = :scope_school OR b.township_code LIKE :scope_region)");
        assertThat(ScopeFilter.schoolsWithin("s"))
                .isEqualTo("(CAST(:within_region AS text) IS NULL OR s.township_code LIKE :within_region)");
    }

    @Test
    void refusesAnAliasThatIsNotAPlainName() {
        assertThatThrownBy(() -> ScopeFilter.students("s; DROP TABLE registry_student; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
