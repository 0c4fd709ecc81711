package com.aidloop.platform.web;

import com.aidloop.platform.Problems;
import com.aidloop.platform.RefusalWitness;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one answer of every page to a refused request that its controller does not turn into a
 * form message: the refusal's Chinese sentence on the platform's page, with the status of its kind
 * (404 outside the scope, 409 a step the state does not allow, 400 or 422 a bad value) and a
 * link back to the section the person came from. API controllers are answered by {@link ApiProblems}.
 * Every refusal is shown to the {@link RefusalWitness}, which audits those that matter.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final ObjectProvider<RefusalWitness> witness;

    PageProblems(ObjectProvider<RefusalWitness> witness) {
        this.witness = witness;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        witness.ifAvailable(w -> w.saw(refusal));
        ModelAndView page = new ModelAndView("refused", Problems.statusOf(refusal.kind()));
        page.addObject("message", refusal.getLocalizedMessage());
        page.addObject(
                "back",
                section(request.getRequestURI()
                        .substring(request.getContextPath().length())));
        return page;
    }

    /** A text the database refused as too long is a bad value like any other; other violations stay server errors. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView violated(DataIntegrityViolationException violation, HttpServletRequest request) {
        return refused(StoredTextTooLong.from(violation).orElseThrow(() -> violation), request);
    }

    /** The first part of the path, e.g. {@code /payout-batches} for {@code /payout-batches/12/lines}. */
    static String section(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path : path.substring(0, end);
    }
}
