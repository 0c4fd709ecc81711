package com.aidloop.iam.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** When the session cookie is always {@code Secure}: in production by default, on a trial installation only if asked. */
class SecureCookieDefaultTests {

    private static String cookieSecureAfterStart(MockEnvironment environment) {
        new SecureCookieDefault().postProcessEnvironment(environment, null);
        return environment.getProperty(SecureCookieDefault.COOKIE_SECURE);
    }

    @Test
    void withAProductionDatabaseTheCookieIsAlwaysSecure() {
        MockEnvironment production =
                new MockEnvironment().withProperty("AIDLOOP_DB_URL", "jdbc:postgresql://db:5432/aidloop");
        assertThat(cookieSecureAfterStart(production)).isEqualTo("true");
    }

    @Test
    void aTestRunAgainstAPostgresqlServerIsNoProduction() {
        MockEnvironment ciRun = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/aidloop_test")
                .withProperty(SecureCookieDefault.SETTING, "");
        assertThat(cookieSecureAfterStart(ciRun)).isNull();
    }

    @Test
    void onATrialInstallationTheCookieIsSecureOnlyOverHttps() {
        assertThat(cookieSecureAfterStart(new MockEnvironment())).isNull();
    }

    @Test
    void theSettingDecidesEitherWay() {
        MockEnvironment plainHttpProduction = new MockEnvironment()
                .withProperty("AIDLOOP_DB_URL", "jdbc:postgresql://db:5432/aidloop")
                .withProperty(SecureCookieDefault.SETTING, "false");
        assertThat(cookieSecureAfterStart(plainHttpProduction)).isNull();
        MockEnvironment secureTrial = new MockEnvironment().withProperty(SecureCookieDefault.SETTING, "true");
        assertThat(cookieSecureAfterStart(secureTrial)).isEqualTo("true");
    }

    @Test
    void anExplicitServletCookieSettingIsLeftAlone() {
        MockEnvironment explicit = new MockEnvironment()
                .withProperty("AIDLOOP_DB_URL", "jdbc:postgresql://db:5432/aidloop")
                .withProperty(SecureCookieDefault.COOKIE_SECURE, "false");
        assertThat(cookieSecureAfterStart(explicit)).isEqualTo("false");
    }
}
