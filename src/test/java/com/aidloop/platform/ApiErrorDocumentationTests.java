package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error answers are part of the API's description: /v3/api-docs holds one ProblemDetail
 * schema with the platform's code and field errors, and the operations' error responses refer to
 * it as application/problem+json, so that a client generated from the document can read them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorDocumentationTests {

    private static final String PROBLEM = "#/components/schemas/ProblemDetail";

    @Autowired
    MockMvc mvc;

    JsonNode doc;

    @BeforeEach
    void readTheDocument() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        doc = JsonMapper.builder().build().readTree(body);
    }

    @Test
    void describesTheProblemDetailWithThePlatformsCodeAndFieldErrors() {
        JsonNode problem = doc.path("components").path("schemas").path("ProblemDetail");

        assertThat(names(problem.path("properties"))).contains("type", "title", "status", "detail", "code", "errors");
        assertThat(problem.path("properties")
                        .path("errors")
                        .path("items")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/ProblemFieldError");
        assertThat(names(doc.path("components")
                        .path("schemas")
                        .path("ProblemFieldError")
                        .path("properties")))
                .contains("field", "message", "row", "column");
    }

    @Test
    void theRosterImportsBadRequestAndTheConfirmationsConflictReferToIt() {
        assertThat(problemRef("/api/v1/roster-imports", "post", "400")).isEqualTo(PROBLEM);
        assertThat(problemRef("/api/v1/roster-imports", "post", "403")).isEqualTo(PROBLEM);
        assertThat(problemRef("/api/v1/award-confirmations", "post", "409")).isEqualTo(PROBLEM);
        assertThat(problemRef("/api/v1/school-imports", "post", "422")).isEqualTo(PROBLEM);
    }

    @Test
    void everyApiOperationThatNeedsATokenSaysItMayBeAnswered401() {
        assertThat(problemRef("/api/v1/roster-imports/{id}", "get", "401")).isEqualTo(PROBLEM);
        assertThat(problemRef("/api/v1/roster-imports/{id}", "get", "404"))
                .as("an operation that declares no 404 gets none added")
                .isEmpty();
    }

    @Test
    void aSuccessfulAnswerIsNotAProblem() {
        JsonNode ok = doc.path("paths")
                .path("/api/v1/roster-imports")
                .path("post")
                .path("responses")
                .path("200");
        assertThat(ok.isMissingNode()).isFalse();
        assertThat(ok.path("content").has("application/problem+json")).isFalse();
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private String problemRef(String path, String method, String status) {
        return doc.path("paths")
                .path(path)
                .path(method)
                .path("responses")
                .path(status)
                .path("content")
                .path("application/problem+json")
                .path("schema")
                .path("$ref")
                .asString("");
    }
}
