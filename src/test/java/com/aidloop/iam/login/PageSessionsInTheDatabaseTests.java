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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page sessions as a real start keeps them, in the database (Spring Session JDBC, cookie {@code
 * SESSION}), behind a proxy whose forwarded headers are honoured: a password changed in one
 * session ends the account's other sessions, and the cookie is {@code SameSite=Lax}, and {@code
 * Secure} when the request came over HTTPS.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.autoconfigure.exclude=", "server.forward-headers-strategy=native"})
class PageSessionsInTheDatabaseTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accountManagement;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPasswordChangedInOneSessionEndsTheOtherSessionAtItsNextRequest() throws Exception {
        String username = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        String here = logIn(username);
        String there = logIn(username);
        assertThat(get("/account/password", there).statusCode()).isEqualTo(200);

        HttpResponse<String> form = get("/account/password", here);
        HttpResponse<String> changed = post(
                "/account/password",
                here,
                "oldPassword=" + encoded(PASSWORD)
                        + "&newPassword=" + encoded("Own.Choice.4821") + "&repeatPassword=" + encoded("Own.Choice.4821")
                        + "&_csrf=" + csrf(form));
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        String renewed =
                sessionCookie(changed).orElseThrow(() -> new AssertionError("a new session id after the change"));
        assertThat(renewed).isNotEqualTo(here);

        HttpResponse<String> ended = get("/account/password", there);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
        assertThat(get("/", there).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/account/password", renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenTheRequestCameOverHttps() throws Exception {
        HttpResponse<String> plain =
                http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overHttps = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(setCookie(plain)).contains("; SameSite=Lax", "; HttpOnly").doesNotContain("Secure");
        assertThat(setCookie(overHttps)).contains("; SameSite=Lax", "; HttpOnly", "; Secure");
    }

    private String logIn(String username) throws Exception {
        HttpResponse<String> page = get("/login", null);
        String anonymous = sessionCookie(page).orElseThrow();
        HttpResponse<String> loggedIn = post(
                "/login",
                anonymous,
                "username=" + username + "&password=" + encoded(PASSWORD) + "&_csrf=" + csrf(page));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessionCookie(loggedIn).orElse(anonymous);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", "SESSION=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("sessions are kept in the database: "
                        + response.headers().map()));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("page has a CSRF field").isTrue();
        return encoded(matcher.group(1));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
