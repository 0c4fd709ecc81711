package com.aidloop.iam.login;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.admin.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Failed logins slow whoever makes them without locking the owner out: an attacker's address waits
 * on the name it guesses, an address guessing many names waits on all of them, and only failures
 * from many addresses lock the name itself, until a security administrator unlocks it.
 */
@SpringBootTest(
        properties = {
            "aidloop.iam.address-throttle.threshold=20",
            "aidloop.iam.lockout.threshold=50",
            "aidloop.iam.second-factor-required=true"
        })
class LoginThrottleTests {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OWNER = "198.51.100.4";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountManagement accountManagement;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Accounts accounts;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void fiveFailuresSlowTheAttackersAddressButNotTheOwner() throws Exception {
        String owner = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        failTimes(owner, ATTACKER, 5);

        refused(owner, TestAccounts.PASSWORD, ATTACKER);
        loggedIn(owner, OWNER);
    }

    @Test
    void fortyFailuresAcrossManyNamesFromOneAddressAreSlowed() throws Exception {
        String guesser = "203.0.113.41";
        for (int i = 0; i < 40; i++) {
            refused(TestAccounts.uniqueName("guess"), "Wrong#Password" + i, guesser);
        }
        String someone = TestAccounts.create(accountManagement, Role.SCHOOL_STAFF);

        refused(someone, TestAccounts.PASSWORD, guesser);
        loggedIn(someone, OWNER);
    }

    @Test
    void failuresFromManyAddressesLockTheNameUntilASecurityAdministratorUnlocksIt() throws Exception {
        String owner = TestAccounts.create(accountManagement, Role.COUNTY_STAFF);
        for (int address = 1; address <= 10; address++) {
            failTimes(owner, "192.0.2." + address, 5);
        }

        refused(owner, TestAccounts.PASSWORD, OWNER);
        administration.unlock(accounts.findByUsername(owner).orElseThrow().id());
        loggedIn(owner, OWNER);
    }

    @Test
    void aSuccessFromTheOwnersAddressDoesNotLiftTheAttackersWait() throws Exception {
        String owner = TestAccounts.create(accountManagement, Role.COUNTY_REVIEWER);
        failTimes(owner, ATTACKER, 5);
        loggedIn(owner, OWNER);

        refused(owner, TestAccounts.PASSWORD, ATTACKER);
    }

    private void failTimes(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            refused(username, "Wrong#Password" + i, address);
        }
    }

    private void refused(String username, String password, String address) throws Exception {
        login(username, password, address).andExpect(redirectedUrl("/login?error"));
    }

    private void loggedIn(String username, String address) throws Exception {
        login(username, TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
