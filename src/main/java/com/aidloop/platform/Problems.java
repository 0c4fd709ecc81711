package com.aidloop.platform;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The API's answer to a refused or failed request: RFC 9457 problem details with a Chinese title
 * and {@code detail}, a stable {@code code} a client may test, and {@code errors: [{field,
 * message}]} when particular fields are at fault. Every API error, from a business rule, from
 * Spring or from the security filters, is built here.
 */
public final class Problems {

    private Problems() {}

    /** The status a refusal of this kind is answered with. */
    public static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    public static ProblemDetail of(Refusal refusal) {
        ProblemDetail problem = problem(statusOf(refusal.kind()), refusal.code(), refusal.getLocalizedMessage());
        withErrors(problem, refusal.problems());
        refusal.facts().forEach(problem::setProperty);
        return problem;
    }

    /** A problem whose detail is the message of {@code code} with its arguments. */
    public static ProblemDetail of(HttpStatusCode status, String code, Object... args) {
        return problem(status, code, Messages.format(code, args));
    }

    /** Adds one {@code {field, message}} per field problem; nothing when there are none. */
    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            problem.setProperty(
                    "errors",
                    problems.stream()
                            .map(p -> Map.of("field", p.field(), "message", p.text()))
                            .toList());
        }
        return problem;
    }

    /** The problem as a map in the order of RFC 9457, for writers outside Spring MVC (the security filters). */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", code);
        return problem;
    }

    private static String title(HttpStatusCode status) {
        String code = "problem.title." + status.value();
        String title = Messages.format(code);
        return title.equals(code) ? Messages.format("problem.title.other") : title;
    }
}
