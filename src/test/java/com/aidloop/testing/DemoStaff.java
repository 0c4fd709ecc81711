package com.aidloop.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
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
        try {
            return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                    .andExpect(redirectedUrl("/"))
                    .andReturn().getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String username) {
        try {
            String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .andReturn().getResponse().getContentAsString();
            return body.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
