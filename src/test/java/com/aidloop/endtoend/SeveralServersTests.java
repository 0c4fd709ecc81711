package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.AidloopApplication;
import com.aidloop.award.ImportingRoster;
import com.aidloop.award.Rosters;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.TestNotices;
import com.aidloop.notification.sending.StubSmsGateway;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Term;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two platform instances on one PostgreSQL server, as a province runs them behind a load
 * balancer: each with its own port and its own name, both with the database sessions, the SMS
 * dispatcher and the import workers of a real start, sharing one upload folder. A login on one
 * continues on the other; imports submitted on one and SMS dispatched by both all run exactly once.
 * Runs only against the PostgreSQL server (the second run of {@code .ci/run}, which gives
 * {@code spring.datasource.url}): the embedded database of a test belongs to one instance.
 */
@Tag("postgres-server")
@EnabledIfSystemProperty(named = "spring.datasource.url", matches = ".+")
class SeveralServersTests {

    private static final Logger LOG = LoggerFactory.getLogger(SeveralServersTests.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Term AUTUMN_2026 = Term.parse("2026-AUTUMN");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    static Path shared;

    @TempDir
    static Path files;

    static StubSmsGateway gateway;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoServers() throws Exception {
        gateway = new StubSmsGateway();
        // slow answers, so that both dispatchers hold claims at the same time
        gateway.delay(20);
        first = server("server-a");
        second = server("server-b");
    }

    @AfterAll
    static void stopServers() {
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    private static ConfigurableApplicationContext server(String name) {
        return new SpringApplicationBuilder(AidloopApplication.class)
                .run(
                        "--server.port=0",
                        // the test profile keeps sessions in the servlet container; a real start has them in the
                        // database
                        "--spring.autoconfigure.exclude=",
                        "--aidloop.roster-import.directory=" + shared,
                        "--aidloop.roster-import.runner=" + name,
                        "--aidloop.roster-import.queue-poll=100ms",
                        "--aidloop.roster-import.hand-over-after=0s",
                        "--aidloop.sms.dispatcher.enabled=true",
                        "--aidloop.sms.dispatcher.delay=100ms",
                        "--aidloop.sms.dispatcher.batch-size=5",
                        "--aidloop.sms.gateway=http",
                        "--aidloop.sms.http.url=" + gateway.url());
    }

    @Test
    void continuesOnOneServerASessionStartedOnTheOther() throws Exception {
        String username = TestAccounts.create(first.getBean(AccountManagement.class), Role.COUNTY_STAFF);

        String session = logIn(first, username);

        HttpResponse<String> home = get(second, "/", session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("测试" + Role.COUNTY_STAFF.label()).doesNotContain("name=\"password\"");
        assertThat(get(second, "/", null).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(first, "/", session).statusCode()).isEqualTo(200);

        HttpResponse<String> loggedOut = post(second, "/logout", session, "_csrf=" + csrf(home));
        assertThat(loggedOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(get(first, "/", session).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void runsEveryImportAndSendsEverySmsExactlyOnceWhileBothServersWork() {
        List<String> messages = enqueueSms(first, 30);
        ImportingRoster importing = first.getBean(ImportingRoster.class);
        List<Long> imports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path file = Rosters.xlsx(files.resolve("roster-" + i + ".xlsx"), Rosters.pupils(15));
            ImportMode mode = i % 2 == 0 ? ImportMode.COMMIT : ImportMode.VALIDATE;
            imports.add(importing
                    .submit(Rosters.upload(file), AUTUMN_2026, mode, false, Rosters.countyStaff(), false)
                    .id());
        }
        SmsOutbox outbox = second.getBean(SmsOutbox.class);

        awaitTrue(() -> imports.stream().allMatch(id -> importing
                        .get(id, DataScope.region("430626"))
                        .status()
                        .finished())
                && messages.stream()
                        .allMatch(key -> outbox.byKey(key).orElseThrow().status() == SmsStatus.SENT));

        JdbcClient jdbc = second.getBean(JdbcClient.class);
        List<Map<String, Object>> runs = jdbc.sql(
                        "SELECT id, mode, status, runner, claims FROM award_import WHERE id = ANY(:ids)")
                .param("ids", imports.toArray(Long[]::new))
                .query()
                .listOfRows();
        LOG.info("Imports ran on: {}", runs);
        assertThat(runs).hasSize(imports.size()).allSatisfy(run -> {
            assertThat(run.get("claims"))
                    .as("claims of import %s", run.get("id"))
                    .isEqualTo(1);
            assertThat(run.get("runner")).isIn("server-a", "server-b");
            assertThat(run.get("status")).isEqualTo("COMMIT".equals(run.get("mode")) ? "COMMITTED" : "VALIDATED");
        });
        for (Map<String, Object> run : runs) {
            long audited = jdbc.sql("""
                            SELECT count(*) FROM audit_event
                             WHERE action = 'IMPORT' AND object_type = 'roster_import' AND object_id = :id
                            """)
                    .param("id", String.valueOf(run.get("id")))
                    .query(Long.class)
                    .single();
            assertThat(audited)
                    .as("audit entries of import %s", run.get("id"))
                    .isEqualTo("COMMIT".equals(run.get("mode")) ? 1 : 0);
        }
        assertThat(messages).allSatisfy(key -> assertThat(gateway.requestsFor(key))
                .as("sends of %s", key)
                .isEqualTo(1));
    }

    private static List<String> enqueueSms(ConfigurableApplicationContext server, int count) {
        SmsOutbox outbox = server.getBean(SmsOutbox.class);
        TransactionTemplate transactions = server.getBean(TransactionTemplate.class);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = "1391234%04d".formatted(i);
            keys.add(transactions
                    .execute(tx -> outbox.enqueue(TestNotices.payout(phone)))
                    .deduplicationKey());
        }
        return keys;
    }

    private String logIn(ConfigurableApplicationContext server, String username) throws Exception {
        HttpResponse<String> page = get(server, "/login", null);
        String session = sessionCookie(page);
        String form = "username=" + username + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(page);
        HttpResponse<String> loggedIn = post(server, "/login", session, form);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return loggedIn.headers().firstValue("Set-Cookie").isPresent() ? sessionCookie(loggedIn) : session;
    }

    private HttpResponse<String> post(ConfigurableApplicationContext server, String path, String session, String form)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(server, path))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("page has a CSRF field").isTrue();
        return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext server, String path, String session)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(server, path)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie as {@code name=value}, whatever the session store calls it. */
    private static String sessionCookie(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
        assertThat(cookie).as("sessions are kept in the database").startsWith("SESSION=");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static URI uri(ConfigurableApplicationContext server, String path) {
        return URI.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port") + path);
    }

    private static void awaitTrue(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("all jobs done within %s", PATIENCE).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
