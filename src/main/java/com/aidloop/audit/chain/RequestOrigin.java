package com.aidloop.audit.chain;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who acts and from where, as far as the current thread knows: the authenticated name from
 * Spring Security, and the client address of the current HTTP request (as the servlet container
 * reports it, which honours forwarded headers only when the platform is configured to).
 */
public final class RequestOrigin {

    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    private RequestOrigin() {}

    public static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return currentRequest() == null ? SYSTEM : ANONYMOUS;
    }

    static String clientIp() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    /**
     * The method and path the person asked for, e.g. {@code POST /payout-batches/12/approval},
     * also when the answer came from a forward (the 403 page) or an error dispatch; never the
     * query string, which may hold what someone searched for. Null outside a request.
     */
    public static String request() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return null;
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri =
                forwarded != null ? forwarded.toString() : failed != null ? failed.toString() : request.getRequestURI();
        return request.getMethod() + " " + uri;
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
