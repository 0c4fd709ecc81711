package com.aidloop.iam.family;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a family session inside the family's pages: the start page sends it to /family; every
 * staff page and the rest answer 404, as if they did not exist.
 */
public class FamilyBoundary extends OncePerRequestFilter {

    private static final List<String> OPEN =
            List.of("/family", "/notice/", "/logout", "/css/", "/js/", "/webjars/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof FamilyAuthentication)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals("/login")) {
            response.sendRedirect(request.getContextPath() + "/family");
            return;
        }
        if (OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
