package com.aidloop.platform.web;

import com.aidloop.platform.Problems;
import com.aidloop.shared.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a request that no controller answered gets instead of Spring's "Whitelabel Error Page":
 * an unknown URL, a wrong method, an error outside any controller. An API path gets problem
 * details; a page the platform's Chinese error page, logged in or not, never a stack trace.
 */
@Controller
class ErrorAnswers implements ErrorController {

    static final String PATH = "/error";

    private final ErrorAttributes errors;

    ErrorAnswers(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping(PATH)
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            SpringErrors.Answer answer = SpringErrors.answer(failure(request), status);
            ProblemDetail problem = Problems.of(status, answer.code(), answer.args());
            problem.setInstance(URI.create(uri));
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("title", Problems.of(status, "request.failed").getTitle());
        page.addObject("message", Messages.format(pageMessage(status.value())));
        return page;
    }

    private static String pageMessage(int status) {
        return switch (status) {
            case 404 -> "page.notFound";
            case 405, 400, 415 -> "page.invalid";
            case 413 -> "request.tooLarge";
            default -> status >= 500 ? "page.failed" : "page.invalid";
        };
    }

    /** What Spring refused the request with (a wrong method, an unknown URL), when it was Spring. */
    private Exception failure(HttpServletRequest request) {
        return errors.getError(new ServletWebRequest(request)) instanceof Exception e ? e : new IllegalStateException();
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
