package com.aidloop.award.web;

import com.aidloop.platform.Problems;
import com.aidloop.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limit is refused before any controller sees it, so this advice
 * answers for every path: the API with 413 and problem details naming the file, a page with the
 * import form and the reason.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "award.import.tooLarge", "200MB");
            Problems.withErrors(
                    problem, List.of(new FieldProblem("file", "award.import.tooLarge", new Object[] {"200MB"})));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        return "redirect:/roster-imports/new?tooLarge";
    }
}
