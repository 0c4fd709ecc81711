package com.aidloop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.testing.DemoStaff;
import jakarta.servlet.RequestDispatcher;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a person or a client gets when no controller answers, on a real server (the servlet
 * container forwards to the error page): the platform's Chinese 404 page, logged in or not,
 * problem details on the API, and a 500 page without a stack trace. Spring's own refusals on the
 * API (unreadable body, missing parameter) are problem details in Chinese too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorAnswersTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    DemoStaff staff;

    @BeforeEach
    void demoStaff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @Test
    void anUnknownUrlShowsTheChinese404PageToSomeoneNotLoggedIn() throws Exception {
        HttpResponse<String> page = send(HttpClient.newHttpClient(), request("/css/no-such-sheet.css"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("您访问的页面不存在", "学生资助闭环管理平台").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownUrlShowsTheChinese404PageInsideTheLayoutToSomeoneLoggedIn() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, "county");

        HttpResponse<String> page = send(browser, request("/no-such-page/42"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("您访问的页面不存在", "修改密码").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownApiUrlIsAProblemInChinese() throws Exception {
        String token = token();
        HttpResponse<String> answer = send(
                HttpClient.newHttpClient(),
                request("/api/v1/no-such-thing").header("Authorization", "Bearer " + token));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body())
                .contains("\"code\":\"request.notFound\"", "\"detail\":\"请求的接口不存在", "\"status\":404")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aWrongMethodOrContentTypeOnTheApiIsAProblemInChinese() throws Exception {
        String token = token();
        HttpResponse<String> wrongMethod = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri("/api/v1/regions/430626"))
                        .header("Authorization", "Bearer " + token)
                        .DELETE());
        HttpResponse<String> wrongType = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri("/api/v1/students"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("李明")));

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"code\":\"request.methodNotAllowed\"", "该地址不支持DELETE请求");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("\"code\":\"request.mediaTypeNotSupported\"", "请提交JSON格式的数据");
    }

    @Test
    void aFailureShowsAChinesePageWithoutAStackTrace() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/students")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("connection pool exhausted")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("系统处理请求时出错")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("connection pool"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("IllegalStateException"))));
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/students")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("connection pool exhausted")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.failed"))
                .andExpect(jsonPath("$.title").value("系统出错"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("connection pool"))));
    }

    @Test
    void springsOwnRefusalsOnTheApiAreProblemsInChinese() throws Exception {
        mvc.perform(post("/api/v1/students")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": ")
                        .with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.unreadable"))
                .andExpect(jsonPath("$.detail").value("请求内容无法解析，请提交有效的JSON格式的数据"));
        mvc.perform(get("/api/v1/regions/lookup").with(staff.api("county")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.parameterMissing"))
                .andExpect(jsonPath("$.detail").value("缺少必填参数“name”"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aRefusalOnAPageShowsItsSentenceWithTheStatusOfItsKind() throws Exception {
        mvc.perform(get("/students/987654321").with(staff.page("county")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("学生不存在或您无权查看")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/students\"")));
    }

    private void logIn(HttpClient browser, String username) throws Exception {
        HttpResponse<String> form = send(browser, request("/login"));
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body =
                "username=" + username + "&password=" + URLEncoder.encode(DemoStaff.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private String token() throws Exception {
        HttpResponse<String> issued = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"county\",\"password\":\"" + DemoStaff.PASSWORD + "\"}")));
        return issued.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
