package com.aidloop.platform;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The error answers in the OpenAPI description, as {@link Problems} builds them: one {@code
 * ProblemDetail} schema (RFC 9457 with the platform's {@code code} and {@code errors}), served as
 * {@code application/problem+json} by every error response an operation declares, and the 401
 * and 403 that the security filters give any API operation that needs a token.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDocumentation {

    static final String SCHEMA = "ProblemDetail";
    static final String FIELD_ERROR = "ProblemFieldError";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Map<String, String> SECURITY_ANSWERS = Map.of(
            "401", "未登录或令牌无效（缺少 Authorization: Bearer 令牌，或令牌已过期、已注销）",
            "403", "账号没有此操作的权限");

    @Bean
    GlobalOpenApiCustomizer problemDetailResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(SCHEMA, problemSchema()).addSchemas(FIELD_ERROR, fieldErrorSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(operation -> describeErrors(path, operation)));
        };
    }

    private static void describeErrors(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        if (path.startsWith("/api/") && !path.startsWith("/api/v1/auth/")) {
            SECURITY_ANSWERS.forEach((status, description) ->
                    responses.computeIfAbsent(status, s -> new ApiResponse().description(description)));
        }
        responses.forEach((status, response) -> {
            if (isError(status) && response.get$ref() == null) {
                response.setContent(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMA))));
            }
        });
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("错误答复（RFC 9457 problem details，application/problem+json）：中文的 title 与 detail，"
                        + "可供程序判断的 code；某些字段或行有误时 errors 逐项列出。拒绝的原因可能另带事实字段（如 importId）。")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty(
                        "title",
                        new StringSchema().description("状态的中文标题，如 请求有误").example("请求有误"))
                .addProperty(
                        "status", new IntegerSchema().description("HTTP 状态码").example(400))
                .addProperty("detail", new StringSchema().description("中文说明：出了什么问题、如何改正"))
                .addProperty("instance", new StringSchema().description("请求的路径"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("稳定的错误代码，如 input.invalid")
                                .example("input.invalid"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref(FIELD_ERROR))
                                .description("有误的字段（或导入文件中的行、列），每项一条中文说明；没有时不出现"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status", "detail", "code"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("一个字段（或导入文件中一行一列）的问题")
                .addProperty("field", new StringSchema().description("字段名，如 term；导入文件中为列名，整个文件为 file"))
                .addProperty("message", new StringSchema().description("中文说明"))
                .addProperty("row", new IntegerSchema().description("导入文件中的行号（0 表示整个文件），仅导入时出现"))
                .addProperty("column", new StringSchema().description("导入文件中的列名，仅导入时出现"))
                .addProperty("code", new StringSchema().description("问题代码，仅导入时出现"))
                .required(List.of("field", "message"));
    }
}
