package com.aidloop.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.iam.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logged-in staff for page and API tests. */
public final class Staff {

    private Staff() {}

    public static RequestPostProcessor countyStaff(String county) {
        return as(Role.COUNTY_STAFF, county, null);
    }

    public static RequestPostProcessor schoolStaff(long schoolId) {
        return as(Role.SCHOOL_STAFF, null, schoolId);
    }

    public static RequestPostProcessor townshipReviewer(String township) {
        return as(Role.TOWNSHIP_REVIEWER, township, null);
    }

    static RequestPostProcessor as(Role role, String region, Long schoolId) {
        CurrentAccount account = new CurrentAccount(1, role.name().toLowerCase(), role.label(), Set.of(role), region, schoolId);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().stream().map(Permission::name).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        return authentication(new TestingAuthenticationToken(account, null, authorities));
    }
}
