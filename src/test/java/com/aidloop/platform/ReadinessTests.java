package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.AidloopApplication;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web server answers while the start-up work (the demo county, its accounts) is still
 * running: until it is done the platform reports not ready and refuses logins as "starting", not
 * as a wrong password. A start-up listener that waits for the test stands for a long demo load.
 */
class ReadinessTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String STARTING = "系统正在初始化演示数据，请稍候";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private int port;

    @Test
    void reportsOutOfServiceAndRefusesLoginsAsStartingUntilTheStartUpWorkIsDone() throws Exception {
        CountDownLatch startUpWorkDone = new CountDownLatch(1);
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        SpringApplication application = new SpringApplication(AidloopApplication.class);
        application.addListeners(event -> {
            if (event instanceof WebServerInitializedEvent web) {
                listening.complete(web.getWebServer().getPort());
            } else if (event instanceof ApplicationReadyEvent) {
                awaitQuietly(startUpWorkDone);
            }
        });
        CompletableFuture<ConfigurableApplicationContext> started =
                CompletableFuture.supplyAsync(() -> application.run("--server.port=0", "--aidloop.demo.students=300"));
        try {
            port = listening.get(5, TimeUnit.MINUTES);

            HttpResponse<String> readiness = get("/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(get("/actuator/health/liveness", null).body()).contains("\"UP\"");
            HttpResponse<String> login = get("/login", null);
            assertThat(login.body()).contains(STARTING);
            assertThat(logIn(login, "county", "Pingjiang@2026").headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?starting"));
            assertThat(get("/login?starting", null).body()).contains(STARTING).doesNotContain("用户名或密码错误");
            HttpResponse<String> token =
                    postJson("/api/v1/auth/token", "{\"username\":\"county\",\"password\":\"Pingjiang@2026\"}");
            assertThat(token.statusCode()).isEqualTo(503);
            assertThat(token.body()).contains(STARTING);

            startUpWorkDone.countDown();
            ConfigurableApplicationContext context = started.get(5, TimeUnit.MINUTES);

            assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            HttpResponse<String> ready = get("/login", null);
            assertThat(ready.body()).doesNotContain(STARTING);
            String username = TestAccounts.create(context.getBean(AccountManagement.class), Role.COUNTY_STAFF);
            assertThat(logIn(ready, username, TestAccounts.PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        } finally {
            startUpWorkDone.countDown();
            started.thenAccept(ConfigurableApplicationContext::close).get(5, TimeUnit.MINUTES);
        }
    }

    private HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password)
            throws Exception {
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login page has a CSRF field").isTrue();
        String session = loginPage
                .headers()
                .firstValue("Set-Cookie")
                .map(c -> c.substring(0, c.indexOf(';')))
                .orElseThrow();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
