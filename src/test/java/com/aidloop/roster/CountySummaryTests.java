package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.DataScope;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.roster.summary.SummaryRow;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The county summary adds up exactly what the award table holds, by township, village, school,
 * programme and stage, and its drill-down (page partials and API) leads from the county down
 * to villages, schools and programmes with the same sums.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountySummaryTests {

    private static final Term TERM = new Term(2031, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region(AwardFixtures.COUNTY);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountySummary summaries;

    @Autowired
    MockMvc mvc;

    DemoStaff readers;

    @BeforeAll
    void awardTheDemoCounty() {
        assertThat(AwardFixtures.awardDemoCounty(jdbc, TERM, 4)).isGreaterThan(1_000);
        readers = new DemoStaff(mvc);
    }

    @Test
    void totalsByTownshipVillageSchoolProgrammeAndStageEqualTheSumOfTheAwards() {
        SummaryCube cube = summaries.of(TERM, COUNTY);

        assertThat(cube.total()).isEqualTo(sql("'all'", null).get("all"));
        assertThat(byKey(cube.breakdown(SummaryFilter.NONE, Dimension.REGION)))
                .isEqualTo(sql("household_township_code", null));
        assertThat(byKey(cube.breakdown(SummaryFilter.NONE, Dimension.SCHOOL))).isEqualTo(sql("school_id::text", null));
        assertThat(byKey(cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME)))
                .isEqualTo(sql("programme_code", null));
        assertThat(byKey(cube.breakdown(SummaryFilter.NONE, Dimension.STAGE))).isEqualTo(sql("stage", null));
        for (SummaryRow township : cube.breakdown(SummaryFilter.NONE, Dimension.REGION)) {
            assertThat(township.drillBy()).isEqualTo(Dimension.REGION);
            assertThat(byKey(cube.breakdown(township.drill(), Dimension.REGION)))
                    .isEqualTo(sql("coalesce(household_village_code, '-')", township.key()));
        }
        assertThat(cube.breakdown(SummaryFilter.NONE, Dimension.REGION))
                .extracting(SummaryRow::label)
                .contains("三市镇", "安定镇");
    }

    @Test
    void drillsDownFromTheCountyToVillagesSchoolsAndProgrammes() {
        SummaryCube cube = summaries.of(TERM, COUNTY);
        SummaryRow sanshi = row(cube.breakdown(SummaryFilter.NONE, Dimension.REGION), AwardFixtures.SANSHI_TOWN);
        SummaryRow village = cube.breakdown(sanshi.drill(), Dimension.REGION).getFirst();
        assertThat(village.key()).hasSize(12).startsWith(AwardFixtures.SANSHI_TOWN);
        assertThat(village.drillBy()).isEqualTo(Dimension.SCHOOL);

        List<SummaryRow> schools = cube.breakdown(village.drill(), village.drillBy());
        SummaryRow school = schools.getFirst();
        assertThat(school.drillBy()).isEqualTo(Dimension.PROGRAMME);
        List<SummaryRow> programmes = cube.breakdown(school.drill(), school.drillBy());
        assertThat(programmes.getFirst().drillBy()).isEqualTo(Dimension.STAGE);

        Figures inVillage = jdbc.sql(
                        "SELECT count(*), coalesce(sum(amount), 0) FROM award_award WHERE term = :term AND household_village_code = :v")
                .param("term", TERM.code())
                .param("v", village.key())
                .query((rs, n) -> new Figures(rs.getLong(1), new Money(rs.getBigDecimal(2))))
                .single();
        assertThat(schools.stream().map(SummaryRow::figures).reduce(Figures.NONE, Figures::plus))
                .isEqualTo(inVillage);
        assertThat(programmes.stream().map(SummaryRow::figures).reduce(Figures.NONE, Figures::plus))
                .isEqualTo(school.figures());
    }

    @Test
    void thePageShowsTheTotalAndItsRowsLoadTheNextLevelAsPartials() throws Exception {
        Figures total = summaries.of(TERM, COUNTY).total();
        String page = mvc.perform(
                        get("/rosters/summary").param("term", TERM.code()).with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"summary-total-amount\">" + yuan(total.amount()) + "<")
                .contains("id=\"summary-total-awards\">" + total.awards() + "<")
                .contains("id=\"export-summary\"")
                .contains("平江县" + TERM.label() + "学生资助汇总表");

        String href = firstDrill(page, AwardFixtures.SANSHI_TOWN);
        String villages = mvc.perform(get(href).header("HX-Request", "true").with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(villages)
                .doesNotContain("<html")
                .contains("id=\"summary-breakdown\"")
                .contains("三市镇");
        assertThat(villages)
                .contains("id=\"breakdown-total-amount\">"
                        + yuan(sql("'all'", AwardFixtures.SANSHI_TOWN)
                                .get("all")
                                .amount()) + "<");
        Matcher villageRows = Pattern.compile("data-key=\"(" + AwardFixtures.SANSHI_TOWN + "\\d{3})\"")
                .matcher(villages);
        assertThat(villageRows.find()).isTrue();

        String schools = mvc.perform(get(firstDrill(villages, villageRows.group(1)))
                        .header("HX-Request", "true")
                        .with(readers.page("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(schools).contains("data-by=\"school\"").contains("平江县");
    }

    @Test
    void theApiGivesTheTotalWithNestedDivisionsSchoolsAndProgrammes() throws Exception {
        String body = mvc.perform(get("/api/v1/rosters/summary")
                        .param("term", TERM.code())
                        .with(readers.api("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode json = new ObjectMapper().readTree(body);
        Figures total = sql("'all'", null).get("all");

        assertThat(json.get("total").get("awards").asLong()).isEqualTo(total.awards());
        assertThat(new BigDecimal(json.get("total").get("amount").asText()))
                .isEqualByComparingTo(total.amount().yuan());
        BigDecimal townships = BigDecimal.ZERO;
        for (JsonNode township : json.get("regions")) {
            townships = townships.add(new BigDecimal(township.get("amount").asText()));
            BigDecimal villages = BigDecimal.ZERO;
            for (JsonNode village : township.get("children")) {
                villages = villages.add(new BigDecimal(village.get("amount").asText()));
            }
            assertThat(villages)
                    .isEqualByComparingTo(new BigDecimal(township.get("amount").asText()));
        }
        assertThat(townships).isEqualByComparingTo(total.amount().yuan());
        assertThat(json.get("schools").get(0).get("children").get(0).get("key").asText())
                .isNotBlank();
        assertThat(json.get("programmes").findValuesAsText("key"))
                .contains("PRIMARY_LIVING_SUBSIDY", "SENIOR_HIGH_NATIONAL_GRANT", "PRIMARY");

        String drilled = mvc.perform(get("/api/v1/rosters/summary")
                        .param("term", TERM.code())
                        .param("region", AwardFixtures.SANSHI_TOWN)
                        .param("by", "region")
                        .with(readers.api("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(new ObjectMapper()
                        .readTree(drilled)
                        .get("rows")
                        .get(0)
                        .get("key")
                        .asText())
                .startsWith(AwardFixtures.SANSHI_TOWN)
                .hasSize(12);
    }

    private Map<String, Figures> sql(String groupBy, String township) {
        Map<String, Figures> figures = new HashMap<>();
        jdbc.sql("SELECT " + groupBy + " AS k, count(*) AS n, sum(amount) AS amount FROM award_award WHERE term = :term"
                        + (township == null ? "" : " AND household_township_code = :township") + " GROUP BY 1")
                .param("term", TERM.code())
                .param("township", township)
                .query(rs -> {
                    figures.put(rs.getString("k"), new Figures(rs.getLong("n"), new Money(rs.getBigDecimal("amount"))));
                });
        return figures;
    }

    private static Map<String, Figures> byKey(List<SummaryRow> rows) {
        return rows.stream().collect(Collectors.toMap(SummaryRow::key, SummaryRow::figures));
    }

    private static SummaryRow row(List<SummaryRow> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** The hx-get of the drill-down link in the row with this key. */
    private static String firstDrill(String html, String key) {
        Matcher m = Pattern.compile("data-key=\"" + key + "\">\\s*<td>\\s*<a href=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("a drill-down link in the row of " + key).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static String yuan(Money amount) {
        return amount.display();
    }
}
