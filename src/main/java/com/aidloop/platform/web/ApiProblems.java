package com.aidloop.platform.web;

import com.aidloop.platform.Problems;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Refusal;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one answer of every API controller to a refused request: problem details
 * ({@code application/problem+json}) built by {@link Problems}, the status from the refusal's
 * kind. Spring's own errors (unreadable body, missing parameter, wrong type, validation) get a
 * Chinese detail through {@link SpringErrors}. Requests that reach no controller (unknown URL,
 * wrong method) are answered by {@link ErrorAnswers}. Every refusal is shown to the {@link
 * RefusalWitness}, which audits those that matter.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final ObjectProvider<RefusalWitness> witness;

    ApiProblems(ObjectProvider<RefusalWitness> witness) {
        this.witness = witness;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        witness.ifAvailable(w -> w.saw(refusal));
        ProblemDetail problem = Problems.of(refusal);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A text the database refused as too long is a bad value like any other; other violations stay server errors. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> violated(DataIntegrityViolationException violation) {
        return refused(StoredTextTooLong.from(violation).orElseThrow(() -> violation));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        SpringErrors.Answer answer = SpringErrors.answer(ex, status);
        ProblemDetail problem = Problems.of(status, answer.code(), answer.args());
        List<FieldProblem> fields = answer.fields();
        Problems.withErrors(problem, fields);
        if (fields.size() == 1 && answer.code().equals(SpringErrors.MISSING)) {
            problem.setDetail(fields.getFirst().text());
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }
}
