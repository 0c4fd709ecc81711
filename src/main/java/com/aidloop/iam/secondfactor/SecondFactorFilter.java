package com.aidloop.iam.secondfactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a page session that still owes its second factor to the code page (or to enrol) before any other page. */
public class SecondFactorFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return STATIC.stream().anyMatch(path(request)::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> detour = SecondFactorGate.detour(request, path(request));
        if (detour.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + detour.get();
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
