package com.aidloop.iam;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform. The three administrator roles are separated (三权分立): no account
 * holds two of them, and none of them reads students' personal data.
 */
public enum Role {
    SYSTEM_ADMIN("系统管理员", ScopeKind.NONE, EnumSet.of(Permission.REGION_ADMIN, Permission.CALENDAR_EDIT)),
    SECURITY_ADMIN("安全管理员", ScopeKind.NONE, EnumSet.of(Permission.ACCOUNT_ADMIN)),
    AUDIT_ADMIN("审计管理员", ScopeKind.NONE, EnumSet.of(Permission.AUDIT_READ)),
    PROVINCE_STAFF(
            "省级资助中心",
            ScopeKind.REGION,
            EnumSet.of(
                    Permission.SCHOOL_VIEW,
                    Permission.STUDENT_VIEW,
                    Permission.PROGRAMME_EDIT,
                    Permission.PAYOUT_VIEW,
                    Permission.INDICATOR_MODEL_EDIT,
                    Permission.CALENDAR_EDIT)),
    CITY_STAFF(
            "市级资助中心",
            ScopeKind.REGION,
            EnumSet.of(Permission.SCHOOL_VIEW, Permission.STUDENT_VIEW, Permission.PAYOUT_VIEW)),
    COUNTY_STAFF(
            "县级资助中心",
            ScopeKind.REGION,
            EnumSet.of(
                    Permission.SCHOOL_VIEW,
                    Permission.SCHOOL_EDIT,
                    Permission.STUDENT_VIEW,
                    Permission.STUDENT_EDIT,
                    Permission.STUDENT_REVEAL,
                    Permission.AID_CARD_APPROVE,
                    Permission.PROGRAMME_EDIT,
                    Permission.AWARD_IMPORT,
                    Permission.AWARD_CONFIRM,
                    Permission.PAYOUT_MANAGE,
                    Permission.PAYOUT_APPROVE,
                    Permission.PAYOUT_VIEW,
                    Permission.INDICATOR_MODEL_EDIT,
                    Permission.IDENTIFICATION_YEAR,
                    Permission.THREE_PARTY_COUNTY,
                    Permission.THREE_PARTY_SETTINGS)),
    COUNTY_REVIEWER(
            "县级审核员",
            ScopeKind.REGION,
            EnumSet.of(
                    Permission.SCHOOL_VIEW,
                    Permission.STUDENT_VIEW,
                    Permission.STUDENT_REVEAL,
                    Permission.PAYOUT_VIEW,
                    Permission.THREE_PARTY_COUNTY)),
    /** A township reviewer (乡镇): reviews in three-party review, and does the village's step for students without a village. */
    TOWNSHIP_REVIEWER(
            "乡镇审核员",
            ScopeKind.REGION,
            EnumSet.of(
                    Permission.SCHOOL_VIEW,
                    Permission.STUDENT_VIEW,
                    Permission.ROUND_VIEW,
                    Permission.THREE_PARTY_TOWNSHIP,
                    Permission.THREE_PARTY_VILLAGE)),
    /** A village reviewer (村): confirms the family facts of its households in three-party review. */
    VILLAGE_REVIEWER("村级审核员", ScopeKind.REGION, EnumSet.of(Permission.STUDENT_VIEW, Permission.THREE_PARTY_VILLAGE)),
    SCHOOL_STAFF(
            "学校资助专员",
            ScopeKind.SCHOOL,
            EnumSet.of(
                    Permission.SCHOOL_VIEW,
                    Permission.STUDENT_VIEW,
                    Permission.STUDENT_EDIT,
                    Permission.STUDENT_REVEAL,
                    Permission.AWARD_IMPORT,
                    Permission.PAYOUT_VIEW,
                    Permission.SCHOOL_RECEIPT,
                    Permission.FAMILY_INVITE,
                    Permission.IDENTIFICATION_DECIDE,
                    Permission.IDENTIFICATION_REVIEW)),
    /**
     * A guardian, or a student of 14 or older with the guardian's consent (家长/学生), logged in by
     * mobile number and SMS code, never by an account: acts only for the students of its family.
     */
    GUARDIAN("家长/学生", ScopeKind.FAMILY, EnumSet.noneOf(Permission.class)),
    /** A class teacher (班主任): bound to one school, sees the identification applications of the own classes only. */
    CLASS_TEACHER("班主任", ScopeKind.SCHOOL, EnumSet.of(Permission.IDENTIFICATION_REVIEW));

    /** What an account of this role is bound to. */
    public enum ScopeKind {
        NONE,
        REGION,
        SCHOOL,
        /** The students of one family, known at login; no account holds such a role. */
        FAMILY
    }

    private static final Set<Role> SEPARATED_ADMINS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    private final String label;
    private final ScopeKind scopeKind;
    private final Set<Permission> permissions;

    Role(String label, ScopeKind scopeKind, Set<Permission> permissions) {
        this.label = label;
        this.scopeKind = scopeKind;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions);
    }

    /** Whether an account may hold it: every role but the family's. */
    public boolean forAccounts() {
        return scopeKind != ScopeKind.FAMILY;
    }

    public boolean isSeparatedAdmin() {
        return SEPARATED_ADMINS.contains(this);
    }
}
