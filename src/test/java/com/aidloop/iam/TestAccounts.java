package com.aidloop.iam;

import com.aidloop.testing.Login;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts for tests, each with its own username, and logging them in through the real form. */
public final class TestAccounts {

    /** A password that meets the policy. */
    public static final String PASSWORD = "Lanhua#River2026";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {}

    public static String uniqueName(String prefix) {
        return prefix + "." + ProcessHandle.current().pid() % 1000 + "." + COUNTER.incrementAndGet();
    }

    /** Creates an account of the role, bound to a realistic scope, that need not change its password. */
    public static String create(AccountManagement accounts, Role role) {
        String username = uniqueName(role.name().toLowerCase().replace('_', '-'));
        accounts.ensureDemoAccount(
                username,
                "测试" + role.label(),
                Set.of(role),
                regionFor(role),
                role == Role.SCHOOL_STAFF ? 1L : null,
                PASSWORD);
        return username;
    }

    static String regionFor(Role role) {
        return switch (role) {
            case PROVINCE_STAFF -> "43";
            case CITY_STAFF -> "4306";
            case COUNTY_STAFF, COUNTY_REVIEWER -> "430626";
            case TOWNSHIP_REVIEWER -> "430626100";
            case VILLAGE_REVIEWER -> "430626100201";
            default -> null;
        };
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) {
        return Login.session(mvc, username, password);
    }
}
