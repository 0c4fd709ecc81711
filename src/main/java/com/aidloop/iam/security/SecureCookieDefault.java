package com.aidloop.iam.security;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether the session cookie is always marked {@code Secure}: as {@code
 * aidloop.session.secure-cookie} ({@code AIDLOOP_SECURE_COOKIE}) says, or, when that is empty, yes
 * with a production database ({@code AIDLOOP_DB_URL} set), no on a trial installation, whose demo
 * may be opened over plain HTTP. Without it the cookie is still {@code Secure} whenever the request
 * came over HTTPS (as the servlet container or, behind a proxy with {@code
 * server.forward-headers-strategy=native}, {@code X-Forwarded-Proto} says). A test run against a
 * PostgreSQL server gives {@code spring.datasource.url}, not {@code AIDLOOP_DB_URL}, and so is no
 * production. An explicit {@code server.servlet.session.cookie.secure} is left alone.
 */
public class SecureCookieDefault implements EnvironmentPostProcessor, Ordered {

    static final String SETTING = "aidloop.session.secure-cookie";
    static final String PRODUCTION_DATABASE = "AIDLOOP_DB_URL";
    static final String COOKIE_SECURE = "server.servlet.session.cookie.secure";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(COOKIE_SECURE) || !secure(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("aidloopSecureCookie", Map.of(COOKIE_SECURE, "true")));
    }

    static boolean secure(ConfigurableEnvironment environment) {
        String setting = environment.getProperty(SETTING, "").strip();
        if (!setting.isEmpty()) {
            return Boolean.parseBoolean(setting);
        }
        return !environment.getProperty(PRODUCTION_DATABASE, "").isBlank();
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
