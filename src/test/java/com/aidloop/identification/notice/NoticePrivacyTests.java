package com.aidloop.identification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.testing.DemoStaff;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every notice page, public and the school's, and the printed notice and objection register show
 * no forbidden field: the students decided here have ID numbers, guardians' phones, cards and
 * addresses on record and forms with incomes, a major illness and a decision reason; none of it
 * (nor anything shaped like an ID or mobile number) appears. The public page is never indexed.
 */
@SpringBootTest
class NoticePrivacyTests {

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Pattern MASKED_ID = Pattern.compile("[0-9]{3,6}\\*{4,}[0-9]{2,4}[0-9Xx]?");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext beans;

    @Autowired
    PublicNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    MockMvc mvc;
    DemoStaff staff;
    DecidedStudents decided;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
        decided = new DecidedStudents(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        decided.remove();
    }

    @Test
    void noNoticePageNorPrintedNoticeShowsAForbiddenField() throws Exception {
        List<Long> ids = decided.inOneClass(3);
        long first = ids.getFirst();
        Notice notice = notices.publish(
                new PublicNotices.Publication(
                        com.aidloop.identification.application.Applications.currentSchoolYear(),
                        Coverage.CLASS,
                        decided.grade(first),
                        decided.className(first),
                        LocalDate.now()),
                decided.school);
        List<String> pages = publicPages(notice, decided.studentName(first), first);
        for (String path : List.of("", "/print", "/register")) {
            pages.add(body(mvc.perform(
                            get("/identification/notices/" + notice.id() + path).with(staff.page("school")))
                    .andReturn()));
        }

        List<String> forbidden = forbiddenValues(ids);
        assertThat(forbidden).hasSizeGreaterThan(10);
        for (String page : pages) {
            assertThat(page).doesNotContain(forbidden.toArray(String[]::new));
            assertThat(ID_LIKE.matcher(page).find()).as("an ID-like number").isFalse();
            assertThat(MASKED_ID.matcher(page).find()).as("a masked ID number").isFalse();
            assertThat(MOBILE.matcher(page).find()).as("a mobile number").isFalse();
        }
    }

    /** The public pages a visitor reads: the code form, a wrong code, the list, the objection form and its answer. */
    private List<String> publicPages(Notice notice, String name, long first) throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        List<String> pages = new ArrayList<>();
        MvcResult codePage =
                mvc.perform(get("/notice/" + notice.token()).session(visitor)).andReturn();
        assertThat(codePage.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
        pages.add(body(codePage));
        assertThat(body(codePage)).contains("name=\"robots\" content=\"noindex").doesNotContain(name);
        mvc.perform(
                post("/notice/" + notice.token()).session(visitor).with(csrf()).param("code", "000000"));
        pages.add(body(
                mvc.perform(get("/notice/" + notice.token()).session(visitor)).andReturn()));
        mvc.perform(
                post("/notice/" + notice.token()).session(visitor).with(csrf()).param("code", notice.accessCode()));
        String list = body(
                mvc.perform(get("/notice/" + notice.token()).session(visitor)).andReturn());
        assertThat(list).contains(name).contains("认定为家庭经济困难学生");
        pages.add(list);
        pages.add(
                body(mvc.perform(get("/notice/" + notice.token() + "/objection").session(visitor))
                        .andReturn()));
        pages.add(body(mvc.perform(post("/notice/" + notice.token() + "/objection")
                        .session(visitor)
                        .with(csrf())
                        .param("student", String.valueOf(first))
                        .param("content", "该生家里新盖了楼房"))
                .andReturn()));
        assertThat(pages.getLast()).contains("异议已提交");
        return pages;
    }

    /** Everything on record about the students that a notice must never show. */
    private List<String> forbiddenValues(List<Long> applicationIds) {
        List<String> values = new ArrayList<>(List.of(
                DecidedStudents.INCOME,
                DecidedStudents.OTHER_INCOME,
                DecidedStudents.REASON,
                DecidedStudents.MEMBER,
                "大病",
                "孤儿",
                "比较困难",
                "特别困难"));
        jdbc.sql("""
                        SELECT s.id_number_sealed, s.id_number_masked, s.card_number_sealed, s.card_number_masked
                        FROM registry_student s JOIN identification_application a ON a.student_id = s.id
                        WHERE a.id = ANY(:ids)
                        """).param("ids", applicationIds.toArray(Long[]::new)).query(rs -> {
            String id = sensitive.open(rs.getString(1));
            values.add(id);
            values.add(id.substring(6, 14)); // the birth date
            values.add(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
            values.add(rs.getString(2));
            if (rs.getString(3) != null) {
                values.add(sensitive.open(rs.getString(3)));
                values.add(rs.getString(4));
            }
        });
        return values;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
