package com.aidloop.platform.web;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Messages;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Spring MVC's own errors in the platform's words: a message code with its arguments and the
 * fields concerned. A missing parameter says what to choose when the bundles name it
 * ({@code request.parameterMissing.term=请选择学期}).
 */
final class SpringErrors {

    static final String MISSING = "request.parameterMissing";

    record Answer(String code, Object[] args, List<FieldProblem> fields) {

        static Answer of(String code, Object... args) {
            return new Answer(code, args, List.of());
        }
    }

    private SpringErrors() {}

    static Answer answer(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case MissingServletRequestParameterException e -> missing(e.getParameterName());
            case MissingServletRequestPartException e -> missing(e.getRequestPartName());
            case MethodArgumentNotValidException e -> invalid(e.getBindingResult());
            case TypeMismatchException e -> typeMismatch(e);
            case HttpMessageNotReadableException e -> unreadable(e);
            case HttpRequestMethodNotSupportedException e -> Answer.of("request.methodNotAllowed", e.getMethod());
            case HttpMediaTypeNotSupportedException e ->
                Answer.of(
                        "request.mediaTypeNotSupported",
                        e.getContentType() == null ? "" : e.getContentType().toString());
            case HttpMediaTypeNotAcceptableException e -> Answer.of("request.notAcceptable");
            case MaxUploadSizeExceededException e -> Answer.of("request.tooLarge");
            case MethodValidationException e -> Answer.of("input.invalid");
            default -> byStatus(status.value());
        };
    }

    /** For an error of which only the status is known. */
    private static Answer byStatus(int status) {
        return switch (status) {
            case 400 -> Answer.of("request.invalid");
            case 404 -> Answer.of("request.notFound");
            case 405 -> Answer.of("request.methodNotAllowed", "此");
            case 406 -> Answer.of("request.notAcceptable");
            case 413 -> Answer.of("request.tooLarge");
            case 415 -> Answer.of("request.mediaTypeNotSupported", "");
            default -> Answer.of(status >= 500 ? "request.failed" : "request.invalid");
        };
    }

    /** A body that is not JSON, or JSON with a field the request does not know (named, so the caller can fix it). */
    private static Answer unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                String name = unknown.getPropertyName();
                return new Answer(
                        "request.unknownField",
                        new Object[] {name},
                        List.of(new FieldProblem(name, "request.unknownField", new Object[] {name})));
            }
        }
        return Answer.of("request.unreadable");
    }

    private static Answer missing(String name) {
        String specific = MISSING + "." + name;
        String code = Messages.pattern(specific).isPresent() ? specific : MISSING;
        return new Answer(MISSING, new Object[] {name}, List.of(new FieldProblem(name, code, new Object[] {name})));
    }

    private static Answer typeMismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "" : e.getPropertyName();
        Object[] args = {name, String.valueOf(e.getValue())};
        return new Answer("request.typeMismatch", args, List.of(new FieldProblem(name, "request.typeMismatch", args)));
    }

    private static Answer invalid(BindingResult result) {
        List<FieldProblem> fields = result.getFieldErrors().stream()
                .map(f -> new FieldProblem(
                        f.getField(), "request.fieldInvalid", new Object[] {f.getField(), f.getDefaultMessage()}))
                .toList();
        return new Answer("input.invalid", new Object[0], fields);
    }
}
