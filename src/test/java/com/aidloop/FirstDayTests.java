package com.aidloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.registry.People;
import com.aidloop.registry.RegistrationFiles;
import com.aidloop.school.SchoolFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The first day of a real county, as docs/deploying.md tells it, on an empty PostgreSQL database of
 * its own (on the server at 127.0.0.1:5432, user postgres; skipped when there is none), with keys
 * and without the demo: the first administrators by the command, villages loaded, a county account,
 * schools and a student-registration list imported, every school's account opened in bulk, and a
 * school account that logs in, changes its one-time password and sees its students.
 */
class FirstDayTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NEW_PASSWORD = "Lanhua#River2026";
    private static String database;
    private static List<String> settings;

    @TempDir
    Path dir;

    @BeforeAll
    static void anEmptyDatabase() {
        database = "aidloop_firstday_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100_000;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + database);
        } catch (Exception absent) {
            assumeTrue(false, "no PostgreSQL server at 127.0.0.1:5432 for user postgres: " + absent.getMessage());
        }
        Path data;
        try {
            data = Files.createTempDirectory("aidloop-firstday");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        settings = List.of(
                "--spring.profiles.active=production",
                "--aidloop.data-dir=" + data,
                "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--aidloop.keys.data=" + key(),
                "--aidloop.keys.index=" + key(),
                "--aidloop.keys.signing=" + key());
    }

    @AfterAll
    static void dropIt() throws Exception {
        if (database != null) {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aCountyStartsFromNothingAndASchoolSeesItsStudents() throws Exception {
        // 3. the first administrators, by the documented command
        String sysPassword = adminCreate("系统管理员", "sysadmin", "张三");
        String secPassword = adminCreate("安全管理员", "secadmin", "李四");
        adminCreate("审计管理员", "auditor", "王五");

        // 4. start (no demo profile)
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=0");
        try (ConfigurableApplicationContext platform =
                new SpringApplicationBuilder(AidloopApplication.class).run(args.toArray(String[]::new))) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) platform)
                    .apply(springSecurity())
                    .build();

            MockHttpSession sec = setUpTheCounty(mvc, sysPassword, secPassword);
            String schoolCode = "2143062699";
            String password = importAndOpenSchoolAccounts(mvc, sec, schoolCode);

            // the school logs in, changes its one-time password, and sees its students
            MockHttpSession school = firstLogin(mvc, schoolCode, password);
            String list = mvc.perform(get("/students").session(school))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).contains("李第一", "李第二");
        }
    }

    /** Villages loaded by the system administrator; the county's account opened by the security administrator. */
    private static MockHttpSession setUpTheCounty(MockMvc mvc, String sysPassword, String secPassword)
            throws Exception {
        MockHttpSession sys = firstLogin(mvc, "sysadmin", sysPassword);
        mvc.perform(post("/admin/regions/villages")
                .param("countyCode", "430626")
                .session(sys)
                .with(csrf()));
        MockHttpSession sec = firstLogin(mvc, "secadmin", secPassword);
        mvc.perform(post("/admin/accounts")
                .param("username", "pingjiang")
                .param("displayName", "平江县学生资助管理中心")
                .param("roles", "COUNTY_STAFF")
                .param("regionCode", "430626")
                .param("password", "Lanhua#Init2026x")
                .session(sec)
                .with(csrf()));
        return sec;
    }

    /** The county imports its schools and students; the security administrator opens every school's account. */
    private String importAndOpenSchoolAccounts(MockMvc mvc, MockHttpSession sec, String schoolCode) throws Exception {
        MockHttpSession county = firstLogin(mvc, "pingjiang", "Lanhua#Init2026x");
        Path schools = SchoolFiles.xlsx(
                dir.resolve("学校.xlsx"),
                List.of(SchoolFiles.row(schoolCode, "平江县三市镇第一天小学", "小学", "公办", "三市镇", "", "刘老师", "13807301234")));
        upload(mvc, "/schools/imports", schools, county);
        Path students = RegistrationFiles.xlsx(
                dir.resolve("学生信息.xlsx"),
                List.of(
                        RegistrationFiles.pupil(schoolCode, "李第一", People.childId(true), "一年级", "1班"),
                        RegistrationFiles.pupil(schoolCode, "李第二", People.childId(false), "一年级", "1班")));
        assertThat(upload(mvc, "/students/imports", students, county)).contains("导入成功：新增学生");
        String slips = mvc.perform(post("/admin/account-batches")
                        .param("region", "430626")
                        .param("kind", "SCHOOLS")
                        .session(sec)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher slip = Pattern.compile("data-username=\"" + schoolCode + "\"[\\s\\S]*?class=\"password\">([^<]+)<")
                .matcher(slips);
        assertThat(slip.find()).as(slips).isTrue();
        return slip.group(1);
    }

    /** Logs in with a one-time password, is sent to change it, changes it, and logs in again. */
    private static MockHttpSession firstLogin(MockMvc mvc, String username, String oneTime) throws Exception {
        var login = mvc.perform(formLogin("/login").user(username).password(oneTime))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String landing =
                mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(landing).as("a first login is sent to change its password").contains("/account/password");
        mvc.perform(post("/account/password")
                .param("oldPassword", oneTime)
                .param("newPassword", NEW_PASSWORD + username.length())
                .param("repeatPassword", NEW_PASSWORD + username.length())
                .session(session)
                .with(csrf()));
        var again = mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD + username.length()))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl())
                .as(username + " logs in with the new password")
                .isEqualTo("/");
        return (MockHttpSession) again.getRequest().getSession(false);
    }

    private static String upload(MockMvc mvc, String page, Path file, MockHttpSession session) throws Exception {
        String to = mvc.perform(multipart(page)
                        .file(new MockMultipartFile(
                                "file", file.getFileName().toString(), null, Files.readAllBytes(file)))
                        .param("mode", "commit")
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(to).as(page).matches(".*/imports/\\d+");
        String result =
                mvc.perform(get(to).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(result).as(page).contains("导入成功");
        return result;
    }

    private static String adminCreate(String role, String username, String name) {
        List<String> args =
                new ArrayList<>(List.of("admin", "create", "--role", role, "--username", username, "--name", name));
        args.addAll(settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AdminCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        Matcher password = Pattern.compile("一次性密码：(\\S{16})（").matcher(text);
        assertThat(password.find()).as(text).isTrue();
        return password.group(1);
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
