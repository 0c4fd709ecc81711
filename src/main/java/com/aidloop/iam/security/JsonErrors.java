package com.aidloop.iam.security;

import com.aidloop.platform.Problems;
import com.aidloop.platform.RefusalWitness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * API errors as problem details in Chinese, like every other API error: 401 for a request
 * without a valid token, 403 for one whose account may not do this. Never an HTML login page.
 */
public class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<RefusalWitness> witness;

    /** @param witness told of every 403, which it audits */
    public JsonErrors(ObjectProvider<RefusalWitness> witness) {
        this.witness = witness;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        witness.ifAvailable(w -> w.forbidden("api.forbidden"));
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.forbidden");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), code);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Problems.body(problem)));
    }
}
