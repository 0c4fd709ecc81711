package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The document pages as staff use them: the landing page lists the term's documents the reader
 * may open with the term's figures, the per-programme roster shows one section per programme with
 * its export, the rosters page and filter like every list, and a bad term is answered in Chinese.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterPagesTests {

    private static final Term TERM = new Term(2036, Term.Semester.AUTUMN);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    DemoStaff readers;

    @BeforeAll
    void awardTheDemoCounty() {
        AwardFixtures.awardDemoCounty(jdbc, TERM, 5);
        readers = new DemoStaff(mvc);
    }

    @Test
    void theLandingPageListsTheDocumentsTheReaderMayOpenWithTheTermsFigures() throws Exception {
        String county = page("/rosters?term=" + TERM.code(), "county");
        assertThat(county)
                .contains("id=\"landing-total-awards\">" + count("TRUE") + "<")
                .contains(
                        "id=\"doc-summary\"",
                        "id=\"doc-review\"",
                        "id=\"doc-per-programme\"",
                        "id=\"doc-public-notice\"",
                        "id=\"doc-confirmation-forms\"",
                        "id=\"doc-verification\"",
                        "id=\"export-all\"")
                .contains("<option value=\"" + TERM.code() + "\" selected=\"selected\">" + TERM.label() + "</option>");

        String township = page("/rosters?term=" + TERM.code(), "township");
        assertThat(township)
                .contains("id=\"doc-review\"")
                .doesNotContain("id=\"doc-summary\"", "id=\"export-all\"", "id=\"nav-summary\"");
    }

    @Test
    void thePerProgrammeRosterHasASectionPerProgrammeEachWithItsOwnExport() throws Exception {
        String first = page("/rosters/per-programme?term=" + TERM.code(), "county");
        assertThat(first)
                .contains(
                        "data-programme=\"SENIOR_HIGH_NATIONAL_GRANT\"",
                        "data-programme=\"PRESCHOOL_AID\"",
                        "data-programme=\"VOCATIONAL_NATIONAL_GRANT\"",
                        "id=\"export-per-programme-all\"");

        String grant = page(
                "/rosters/per-programme?term=" + TERM.code() + "&programme=SENIOR_HIGH_NATIONAL_GRANT&size=10",
                "county");
        assertThat(grant)
                .contains("平江县" + TERM.label() + "国家助学金（普通高中）发放花名册")
                .contains("id=\"export-per-programme\" href=\"/rosters/per-programme.xlsx?term=" + TERM.code()
                        + "&amp;programme=SENIOR_HIGH_NATIONAL_GRANT\"");
        assertThat(total(grant)).isEqualTo(count("programme_code = 'SENIOR_HIGH_NATIONAL_GRANT'"));
        assertThat(rows(grant)).isEqualTo(10);
    }

    @Test
    void theReviewRosterPagesAndNarrowsToASchoolAndProgramme() throws Exception {
        long sanshi = AwardFixtures.schoolId(jdbc, AwardFixtures.SANSHI_PRIMARY);
        String second = page("/rosters/review?term=" + TERM.code() + "&page=2&size=20", "county");
        assertThat(total(second)).isEqualTo(count("TRUE"));
        assertThat(second).contains("<td>21</td>");

        String narrowed = page(
                "/rosters/review?term=" + TERM.code() + "&school=" + sanshi + "&programme=PRIMARY_LIVING_SUBSIDY",
                "county");
        assertThat(total(narrowed))
                .isEqualTo(count("school_id = " + sanshi + " AND programme_code = 'PRIMARY_LIVING_SUBSIDY'"));
        assertThat(narrowed).contains("平江县三市镇中心小学" + TERM.label() + "义务教育家庭经济困难学生生活补助（小学）评议花名册");
    }

    @Test
    void anUnreadableTermIsRefusedInChinese() throws Exception {
        assertThat(mvc.perform(get("/rosters/review").param("term", "去年").with(readers.page("county")))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("学期“去年”格式不对");
        assertThat(mvc.perform(get("/api/v1/rosters/verification")
                                .param("term", "2026-WINTER")
                                .with(readers.api("county")))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("格式不对");
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(readers.page(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :t AND " + condition)
                .param("t", TERM.code())
                .query(Long.class)
                .single();
    }

    private static long total(String html) {
        Matcher m = Pattern.compile("共 <strong>(\\d+)</strong> 条").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("id=\"roster-table\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }
}
