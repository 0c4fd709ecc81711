package com.aidloop.iam.secondfactor;

import com.aidloop.iam.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a page session must do about the second factor before anything else: type the code of its
 * app (the password alone does not finish a login of an enrolled account), or enrol an app first
 * when the deployment requires one for administrators and county staff. Kept in the session, so
 * it costs no query per request.
 */
public final class SecondFactorGate {

    public static final String LOGIN_PAGE = "/login/second-factor";
    public static final String ENROL_PAGE = "/account/second-factor";
    /** The roles that must enrol when {@code aidloop.iam.second-factor-required} is set. */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(
            Role.SYSTEM_ADMIN,
            Role.SECURITY_ADMIN,
            Role.AUDIT_ADMIN,
            Role.PROVINCE_STAFF,
            Role.CITY_STAFF,
            Role.COUNTY_STAFF);

    static final String PENDING = "aidloop.secondFactor.pending";
    static final String ENROL_REQUIRED = "aidloop.secondFactor.enrolRequired";
    private static final List<String> ALWAYS_ALLOWED = List.of("/logout", "/error");

    private SecondFactorGate() {}

    /** The page this session must go to first, if any. */
    public static Optional<String> detour(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(false);
        if (session == null || ALWAYS_ALLOWED.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        if (session.getAttribute(PENDING) != null && !path.startsWith(LOGIN_PAGE)) {
            return Optional.of(LOGIN_PAGE);
        }
        if (session.getAttribute(ENROL_REQUIRED) != null
                && session.getAttribute(PENDING) == null
                && !path.startsWith(ENROL_PAGE)
                && !path.startsWith("/account/password")) {
            return Optional.of(ENROL_PAGE);
        }
        return Optional.empty();
    }

    static boolean pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) != null;
    }
}
