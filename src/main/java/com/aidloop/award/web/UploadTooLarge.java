package com.aidloop.award.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limit is refused before any controller sees it, so this advice
 * answers for every path: the API with 413 and the registry's error shape, a page with the import
 * form and the reason.
 */
@ControllerAdvice
class UploadTooLarge {

    private final MessageSource messages;

    UploadTooLarge(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = messages.getMessage("award.import.tooLarge", new Object[] {"200MB"}, Locale.SIMPLIFIED_CHINESE);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", message, "errors", List.of(Map.of("field", "file", "message", message))));
        }
        return "redirect:/roster-imports/new?tooLarge";
    }
}
