package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.audit.AuditLog;
import com.aidloop.audit.AuditRecord;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.registry.Staff;
import com.aidloop.shared.Term;
import com.aidloop.testing.DemoStaff;
import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The same scope rules as everywhere: a school's staff read their own school's documents only
 * (another school's form is 404), township and village reviewers read the review roster of their
 * area and nothing else (403), province and city staff read summaries, administrators nothing;
 * every download is audited without a personal value.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterAccessTests {

    private static final Term TERM = new Term(2035, Term.Semester.SPRING);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    DemoStaff readers;
    Staff staff;
    long sanshi;
    long anding;

    @BeforeAll
    void awardTheDemoCounty() {
        AwardFixtures.awardDemoCounty(jdbc, TERM, 3);
        readers = new DemoStaff(mvc);
        staff = new Staff(mvc, accounts);
        sanshi = AwardFixtures.schoolId(jdbc, AwardFixtures.SANSHI_PRIMARY);
        anding = AwardFixtures.schoolId(jdbc, AwardFixtures.ANDING_PRIMARY);
    }

    @Test
    void aSchoolCannotFetchAnotherSchoolsConfirmationForm() throws Exception {
        String form = "/rosters/confirmation-forms/" + sanshi;
        mvc.perform(get(form).param("term", TERM.code()).with(readers.page("school")))
                .andExpect(status().isOk());
        mvc.perform(get(form).param("term", TERM.code()).with(readers.page("school2")))
                .andExpect(status().isNotFound());
        mvc.perform(get(form + ".xlsx").param("term", TERM.code()).with(readers.page("school2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rosters/confirmation-forms/" + sanshi + ".xlsx")
                        .param("term", TERM.code())
                        .with(readers.api("school2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rosters/confirmation-forms/" + sanshi)
                        .param("term", TERM.code())
                        .with(readers.api("school2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/rosters/review")
                        .param("term", TERM.code())
                        .param("school", String.valueOf(sanshi))
                        .with(readers.page("school2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rosters/confirmation-forms/" + anding)
                        .param("term", TERM.code())
                        .with(readers.api("school2")))
                .andExpect(status().isOk());
    }

    @Test
    void aSchoolsRostersHoldOnlyItsOwnStudents() throws Exception {
        String html = mvc.perform(get("/rosters/review")
                        .param("term", TERM.code())
                        .param("size", "100")
                        .with(readers.page("school2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("平江县安定镇中心小学").doesNotContain("<td>平江县三市镇中心小学</td>");
        assertThat(total(html)).isEqualTo(count("school_id = " + anding));
    }

    @Test
    void townshipAndVillageReviewersReadTheReviewRosterOfTheirAreaAndNothingElse() throws Exception {
        String village = jdbc.sql("SELECT region_code FROM iam_account WHERE username = 'village'")
                .query(String.class)
                .single();
        String township = mvc.perform(
                        get("/rosters/review").param("term", TERM.code()).with(readers.page("township")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(total(township))
                .isEqualTo(count("(school_township_code = '430626102' OR household_township_code = '430626102')"));
        String villagePage = mvc.perform(
                        get("/rosters/review").param("term", TERM.code()).with(readers.page("village")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(total(villagePage)).isEqualTo(count("household_village_code = '" + village + "'"));

        for (String user : List.of("township", "village")) {
            for (String path : List.of(
                    "/rosters/summary",
                    "/rosters/public-notice",
                    "/rosters/per-programme",
                    "/rosters/confirmation-forms",
                    "/rosters/verification",
                    "/rosters/summary.xlsx",
                    "/rosters/public-notice.xlsx")) {
                mvc.perform(get(path).param("term", TERM.code()).with(readers.page(user)))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(get("/api/v1/rosters/summary")
                            .param("term", TERM.code())
                            .with(readers.api(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/rosters/review.xlsx")
                            .param("term", TERM.code())
                            .with(readers.api(user)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void provinceAndCityStaffReadSummariesOnlyAndAdministratorsNothing() throws Exception {
        for (RequestPostProcessor reader :
                List.of(staff.page(Role.PROVINCE_STAFF, "43", null), staff.page(Role.CITY_STAFF, "4306", null))) {
            String summary = mvc.perform(
                            get("/rosters/summary").param("term", TERM.code()).with(reader))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(summary).contains("id=\"summary-total-awards\">" + count("TRUE") + "<");
            mvc.perform(get("/rosters/review").param("term", TERM.code()).with(reader))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/rosters/confirmation-forms/" + sanshi)
                            .param("term", TERM.code())
                            .with(reader))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/rosters/summary")
                        .param("term", TERM.code())
                        .with(staff.api(Role.PROVINCE_STAFF, "43", null)))
                .andExpect(status().isOk());
        for (String admin : List.of("sysadmin", "secadmin", "auditor")) {
            mvc.perform(get("/rosters").with(readers.page(admin))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/rosters/summary").with(readers.api(admin))).andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(get("/").with(readers.page("county")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"menu-rosters\"");
        assertThat(mvc.perform(get("/").with(readers.page("auditor")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("id=\"menu-rosters\"");
    }

    @Test
    void everyDownloadIsAuditedWithTheDocumentTermAndScopeButNoPersonalValue() throws Exception {
        mvc.perform(get("/rosters/review.xlsx").param("term", TERM.code()).with(readers.page("county2")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/rosters/public-notice.xlsx")
                        .param("term", TERM.code())
                        .with(readers.api("school")))
                .andExpect(status().isOk());
        mvc.perform(get("/rosters/confirmation-forms/" + sanshi + ".xlsx")
                        .param("term", TERM.code())
                        .with(readers.page("county2")))
                .andExpect(status().isOk());

        AuditLog log = new AuditLog(jdbc);
        AuditRecord review = log.about("roster", "review/" + TERM.code()).getLast();
        assertThat(review.action()).isEqualTo("EXPORT");
        assertThat(review.actor()).isEqualTo("county2");
        assertThat(review.summary()).contains("评议花名册", TERM.label(), "平江县");
        assertThat(review.changes())
                .extracting(AuditRecord.FieldChange::field, AuditRecord.FieldChange::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("document", "review"),
                        org.assertj.core.groups.Tuple.tuple("term", TERM.code()),
                        org.assertj.core.groups.Tuple.tuple("scope", "region:430626"));
        AuditRecord notice = log.about("roster", "public-notice/" + TERM.code()).getLast();
        assertThat(notice.actor()).isEqualTo("school");
        assertThat(notice.changes())
                .extracting(AuditRecord.FieldChange::newValue)
                .contains("school:" + sanshi);
        assertThat(log.about("roster", "confirmation-forms/" + TERM.code())
                        .getLast()
                        .summary())
                .contains("平江县三市镇中心小学");

        String raw = log.rawAbout("roster", "review/" + TERM.code())
                + log.rawAbout("roster", "public-notice/" + TERM.code());
        for (String personal : jdbc.sql(
                        "SELECT student_name || '|' || id_number_masked FROM award_award WHERE term = :t AND school_id = :s LIMIT 20")
                .param("t", TERM.code())
                .param("s", sanshi)
                .query(String.class)
                .list()) {
            for (String value : personal.split("\\|")) {
                assertThat(raw).doesNotContain(value);
            }
        }
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :t AND " + condition)
                .param("t", TERM.code())
                .query(Long.class)
                .single();
    }

    /** The 共 N 条 of a list page. */
    private static long total(String html) {
        Matcher m = Pattern.compile("共 <strong>(\\d+)</strong> 条").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
