package com.aidloop.iam.security;

import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.Role;
import com.aidloop.iam.account.Accounts;
import com.aidloop.iam.family.FamilyAuthentication;
import com.aidloop.iam.family.FamilyBoundary;
import com.aidloop.iam.login.AccountAuthenticationProvider;
import com.aidloop.iam.login.AccountStateFilter;
import com.aidloop.iam.login.AttemptKind;
import com.aidloop.iam.login.LockoutPolicy;
import com.aidloop.iam.login.LockoutSchedule;
import com.aidloop.iam.login.LogoutAudit;
import com.aidloop.iam.login.PlatformStarting;
import com.aidloop.iam.login.SessionPrincipals;
import com.aidloop.iam.password.PasswordPolicy;
import com.aidloop.iam.secondfactor.SecondFactorFilter;
import com.aidloop.iam.secondfactor.SecondFactorLoginSuccess;
import com.aidloop.iam.secondfactor.SecondFactors;
import com.aidloop.iam.token.ApiTokens;
import com.aidloop.iam.token.BearerTokenFilter;
import com.aidloop.iam.token.FamilyTokens;
import com.aidloop.platform.RefusalWitness;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: a Bearer token per request, no
 * session, no CSRF (no cookie authenticates there), and errors as JSON. Pages use form login
 * with a session, CSRF protection, and a redirect to the login page. Both share one
 * authentication with one lockout.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IamProperties.class)
class SecurityConfiguration {

    /** Open without login. The API description and browser are not: they need a logged-in page session. */
    static final String[] PUBLIC_PAGES = {
        "/login",
        "/family/login",
        "/family/login/**",
        "/family/invitation",
        "/notice/**",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**"
    };

    /** Scripts only from the platform itself; inline styles are allowed for Bootstrap and htmx. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledBlocklist();
    }

    @Bean
    LockoutPolicy lockoutPolicy(IamProperties properties, ObjectProvider<Clock> clock) {
        return new LockoutPolicy(
                Map.of(
                        AttemptKind.NAME_AT_ADDRESS, schedule(properties.throttle()),
                        AttemptKind.ADDRESS, schedule(properties.addressThrottle()),
                        AttemptKind.NAME, schedule(properties.lockout())),
                clock.getIfUnique(Clock::systemUTC));
    }

    private static LockoutSchedule schedule(IamProperties.Schedule settings) {
        return new LockoutSchedule(settings.threshold(), settings.durations());
    }

    @Bean
    ApiTokens apiTokens(JdbcClient jdbc, IamProperties properties, ObjectProvider<Clock> clock) {
        return new ApiTokens(jdbc, clock.getIfUnique(Clock::systemUTC), properties.tokenLifetime());
    }

    @Bean
    FamilyTokens familyTokens(JdbcClient jdbc, IamProperties properties, ObjectProvider<Clock> clock) {
        return new FamilyTokens(jdbc, clock.getIfUnique(Clock::systemUTC), properties.tokenLifetime());
    }

    @Bean
    AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            AuthenticationManager authentication,
            ApiTokens tokens,
            FamilyTokens families,
            Accounts accounts,
            ObjectProvider<RefusalWitness> refusals)
            throws Exception {
        JsonErrors errors = new JsonErrors(refusals);
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST,
                                BearerTokenFilter.TOKEN_PATH,
                                BearerTokenFilter.FAMILY_API + "code",
                                BearerTokenFilter.FAMILY_API + "token")
                        .permitAll()
                        .requestMatchers(BearerTokenFilter.FAMILY_API + "**")
                        .hasRole(Role.GUARDIAN.name())
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(
                        new BearerTokenFilter(tokens, accounts, families, errors), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AuthenticationManager authentication,
            Accounts accounts,
            SessionPrincipals principals,
            AuditTrail audit,
            SecondFactors secondFactors,
            IamProperties properties,
            ApiTokens tokens,
            ObjectProvider<RefusalWitness> refusals,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        AuthenticationFailureHandler neutralFailure =
                (request, response, exception) -> response.sendRedirect(request.getContextPath()
                        + (exception instanceof PlatformStarting ? "/login?starting" : "/login?error"));
        return http.authenticationManager(authentication)
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                                .permitAll()
                                .requestMatchers(PUBLIC_PAGES)
                                .permitAll()
                                .requestMatchers("/admin/accounts", "/admin/accounts/**")
                                .hasAuthority("ACCOUNT_ADMIN")
                                .requestMatchers("/audit", "/audit/**")
                                .hasAuthority("AUDIT_READ")
                                .requestMatchers("/family", "/family/**")
                                .hasRole(Role.GUARDIAN.name())
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SecondFactorLoginSuccess(secondFactors, properties.secondFactorRequired()))
                        .failureHandler(neutralFailure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(new LogoutAudit(audit))
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(sessionCookie)
                        .logoutSuccessHandler((request, response, who) -> response.sendRedirect(request.getContextPath()
                                + (who instanceof FamilyAuthentication ? "/family/login?logout" : "/login?logout"))))
                .addFilterBefore(
                        BearerTokenFilter.forApiDescription(tokens, accounts, new JsonErrors(refusals)),
                        AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SecondFactorFilter(), AuthorizationFilter.class)
                .addFilterBefore(new AccountStateFilter(accounts, principals), AuthorizationFilter.class)
                .addFilterBefore(new FamilyBoundary(), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new RefusedAccessPage(refusals)))
                .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
