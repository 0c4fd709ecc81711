package com.aidloop.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo county's accounts (county, township, village, school, sysadmin …), logged in through the
 * real login form or token endpoint, once per account and test class.
 */
public final class DemoStaff {

    public static final String PASSWORD = "Pingjiang@2026";

    private final MockMvc mvc;
    private final Map<String, MockHttpSession> sessions = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    public DemoStaff(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A page session of the demo account. */
    public RequestPostProcessor page(String username) {
        MockHttpSession session = sessions.computeIfAbsent(username, this::login);
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    /** A bearer token of the demo account. */
    public RequestPostProcessor api(String username) {
        String token = tokens.computeIfAbsent(username, this::token);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private MockHttpSession login(String username) {
        return Login.session(mvc, username, PASSWORD);
    }

    private String token(String username) {
        return Login.token(mvc, username, PASSWORD);
    }
}
