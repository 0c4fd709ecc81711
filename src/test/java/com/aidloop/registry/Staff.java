package com.aidloop.registry;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.testing.Login;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real accounts for page and API tests: created through the iam module, logged in through the
 * login form (pages, a session) or the token endpoint (API, a bearer token).
 */
public final class Staff {

    public static final String PASSWORD = "Lanhua#River2026";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final MockMvc mvc;
    private final AccountManagement accounts;
    /** Accounts are made once per role and binding for the whole test run: the account list stays short. */
    private static final Map<String, String> USERNAMES = new ConcurrentHashMap<>();

    private final Map<String, MockHttpSession> sessions = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    public Staff(MockMvc mvc, AccountManagement accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    public RequestPostProcessor countyStaff(String county) {
        return page(Role.COUNTY_STAFF, county, null);
    }

    public RequestPostProcessor schoolStaff(long schoolId) {
        return page(Role.SCHOOL_STAFF, null, schoolId);
    }

    public RequestPostProcessor townshipReviewer(String township) {
        return page(Role.TOWNSHIP_REVIEWER, township, null);
    }

    /** A logged-in page session of a new account with the role and binding. */
    public RequestPostProcessor page(Role role, String region, Long schoolId) {
        MockHttpSession session =
                sessions.computeIfAbsent(key(role, region, schoolId), k -> login(account(role, region, schoolId)));
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    /** A bearer token of a new account with the role and binding. */
    public RequestPostProcessor api(Role role, String region, Long schoolId) {
        String token = tokens.computeIfAbsent(key(role, region, schoolId), k -> token(account(role, region, schoolId)));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private String account(Role role, String region, Long schoolId) {
        return USERNAMES.computeIfAbsent(key(role, region, schoolId), k -> create(role, region, schoolId));
    }

    private String create(Role role, String region, Long schoolId) {
        String username = "test-registry-" + role.name().toLowerCase().replace('_', '-') + "."
                + ProcessHandle.current().pid() % 1000 + "." + COUNTER.incrementAndGet();
        accounts.ensureDemoAccount(username, "测试" + role.label(), Set.of(role), region, schoolId, PASSWORD);
        return username;
    }

    private MockHttpSession login(String username) {
        return Login.session(mvc, username, PASSWORD);
    }

    private String token(String username) {
        return Login.token(mvc, username, PASSWORD);
    }

    private static String key(Role role, String region, Long schoolId) {
        return role + "/" + region + "/" + schoolId;
    }
}
