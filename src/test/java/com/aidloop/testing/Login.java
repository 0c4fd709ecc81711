package com.aidloop.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way tests log in: through the real login form (a page session, landing on the home
 * page) or the token endpoint (a bearer token for the API). {@link DemoStaff} keeps one per demo
 * account and test class; tests of their own accounts call these directly.
 */
public final class Login {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Login() {}

    /** A page session of the account, after the login form sent it to the home page. */
    public static MockHttpSession session(MockMvc mvc, String username, String password) {
        try {
            return (MockHttpSession)
                    mvc.perform(formLogin("/login").user(username).password(password))
                            .andExpect(redirectedUrl("/"))
                            .andReturn()
                            .getRequest()
                            .getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token of the account from {@code POST /api/v1/auth/token}. */
    public static String token(MockMvc mvc, String username, String password) {
        try {
            String body = mvc.perform(post("/api/v1/auth/token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(
                                    java.util.Map.of("username", username, "password", password))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return JSON.readTree(body).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
