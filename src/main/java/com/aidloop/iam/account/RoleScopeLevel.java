package com.aidloop.iam.account;

import com.aidloop.iam.Role;
import com.aidloop.shared.RegionLevel;
import java.util.Optional;

/** The level of administrative division a region role is bound to: a county reviewer to a county. */
public final class RoleScopeLevel {

    private RoleScopeLevel() {}

    public static Optional<RegionLevel> of(Role role) {
        return Optional.ofNullable(
                switch (role) {
                    case PROVINCE_STAFF -> RegionLevel.PROVINCE;
                    case CITY_STAFF -> RegionLevel.CITY;
                    case COUNTY_STAFF, COUNTY_REVIEWER -> RegionLevel.COUNTY;
                    case TOWNSHIP_REVIEWER -> RegionLevel.TOWNSHIP;
                    case VILLAGE_REVIEWER -> RegionLevel.VILLAGE;
                    case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, SCHOOL_STAFF, GUARDIAN, CLASS_TEACHER -> null;
                });
    }
}
