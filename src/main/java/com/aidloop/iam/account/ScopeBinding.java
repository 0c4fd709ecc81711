package com.aidloop.iam.account;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role.ScopeKind;
import com.aidloop.shared.RegionCode;

/**
 * What an account is bound to: a region (行政区划) for region staff, a school for school staff,
 * or nothing for the administrators.
 */
public record ScopeBinding(RegionCode region, Long schoolId) {

    public ScopeBinding {
        if (region != null && schoolId != null) {
            throw AccountRuleBroken.of("account.scope.both");
        }
    }

    public static ScopeBinding none() {
        return new ScopeBinding(null, null);
    }

    public static ScopeBinding region(RegionCode region) {
        return new ScopeBinding(region, null);
    }

    public static ScopeBinding school(long schoolId) {
        return new ScopeBinding(null, schoolId);
    }

    public ScopeKind kind() {
        if (schoolId != null) {
            return ScopeKind.SCHOOL;
        }
        return region != null ? ScopeKind.REGION : ScopeKind.NONE;
    }

    public String regionCode() {
        return region == null ? null : region.value();
    }

    /** How the binding reads on a page or in the audit trail. */
    public String describe() {
        return switch (kind()) {
            case NONE, FAMILY -> "无";
            case REGION -> "行政区划 " + region.value();
            case SCHOOL -> "学校 " + schoolId;
        };
    }
}
