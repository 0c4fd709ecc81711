package com.aidloop.iam.login;

import static com.aidloop.iam.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logging out against the real servlet container, with a client that keeps cookies by hand:
 * after logout, the old session cookie opens nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LogoutOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]*)");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String session, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("page has a CSRF field").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }

    private String logIn(String username) throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> loggedIn = postForm(
                "/login",
                sessionCookie(loginPage),
                "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf(loginPage));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        return sessionCookie(loggedIn);
    }

    @Test
    void aPageTheRolesDoNotAllowShowsTheForbiddenPage() throws Exception {
        String session = logIn(TestAccounts.create(accountManagement, Role.COUNTY_STAFF));
        HttpResponse<String> page = get("/admin/accounts", session);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("403 无权访问").contains("测试县级资助中心");
    }

    @Test
    void theApiDescriptionAndBrowserNeedALogin() throws Exception {
        for (String path : new String[] {
            "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html"
        }) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login"));
        }
        String session = logIn(TestAccounts.create(accountManagement, Role.COUNTY_STAFF));
        HttpResponse<String> description = get("/v3/api-docs", session);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/auth/token", "/api/v1/audit/events");
        assertThat(get("/swagger-ui/index.html", session).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndOverPlainHttpNotSecure() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        HttpResponse<String> loggedIn = postForm(
                "/login",
                sessionCookie(loginPage),
                "username=" + TestAccounts.create(accountManagement, Role.COUNTY_STAFF) + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage));
        for (HttpResponse<String> response : List.of(loginPage, loggedIn)) {
            assertThat(response.headers().allValues("Set-Cookie"))
                    .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement()
                    .satisfies(cookie -> assertThat(cookie)
                            .contains("; SameSite=Lax", "; HttpOnly")
                            .doesNotContain("Secure"));
        }
    }

    @Test
    void afterLogoutTheOldSessionCookieOpensNothing() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);

        HttpResponse<String> loginPage = get("/login", null);
        String anonymousSession = sessionCookie(loginPage);
        HttpResponse<String> loggedIn = postForm(
                "/login",
                anonymousSession,
                "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf(loginPage));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String session = sessionCookie(loggedIn);
        assertThat(session).as("a new session id after login").isNotNull().isNotEqualTo(anonymousSession);

        HttpResponse<String> page = get("/account/password", session);
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> loggedOut = postForm("/logout", session, "_csrf=" + csrf(page));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(loggedOut.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=;")
                .containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));

        HttpResponse<String> replay = get("/account/password", session);
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'LOGOUT' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo(username);
    }
}
