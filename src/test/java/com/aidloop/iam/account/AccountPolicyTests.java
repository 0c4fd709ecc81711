package com.aidloop.iam.account;

import static com.aidloop.iam.Role.AUDIT_ADMIN;
import static com.aidloop.iam.Role.CITY_STAFF;
import static com.aidloop.iam.Role.COUNTY_REVIEWER;
import static com.aidloop.iam.Role.COUNTY_STAFF;
import static com.aidloop.iam.Role.PROVINCE_STAFF;
import static com.aidloop.iam.Role.SCHOOL_STAFF;
import static com.aidloop.iam.Role.SECURITY_ADMIN;
import static com.aidloop.iam.Role.SYSTEM_ADMIN;
import static com.aidloop.iam.Role.TOWNSHIP_REVIEWER;
import static com.aidloop.iam.Role.VILLAGE_REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.iam.Role;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.RegionLevel;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountPolicyTests {

    private static ScopeBinding region(String code) {
        return ScopeBinding.region(new RegionCode(code));
    }

    @Nested
    class SeparationOfDutiesRules {

        private final SeparationOfDuties policy = new SeparationOfDuties();

        @Test
        void allowsEachAdministratorAlone() {
            for (Role admin : Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN)) {
                assertThat(policy.check(Set.of(admin), ScopeBinding.none()).allowed())
                        .isTrue();
            }
        }

        @Test
        void rejectsTwoAdministratorRolesOnOneAccount() {
            Decision decision = policy.check(Set.of(SECURITY_ADMIN, AUDIT_ADMIN), ScopeBinding.none());
            assertThat(decision.code()).isEqualTo("account.separation.twoAdmins");
            assertThat(decision.reason()).isEqualTo("三权分立：安全管理员、审计管理员不能由同一账号兼任，请只保留其中一个角色");
        }

        @Test
        void rejectsAnAdministratorWhoAlsoDoesBusinessWork() {
            Decision decision = policy.check(Set.of(SYSTEM_ADMIN, COUNTY_STAFF), region("430626"));
            assertThat(decision.code()).isEqualTo("account.separation.adminWithBusiness");
            assertThat(decision.reason()).contains("系统管理员").contains("县级资助中心");
        }

        @Test
        void allowsSeveralBusinessRoles() {
            assertThat(policy.check(Set.of(COUNTY_STAFF, COUNTY_REVIEWER), region("430626"))
                            .allowed())
                    .isTrue();
        }
    }

    @Nested
    class ScopeBindingRules {

        private final ScopeMatchesRoles policy = new ScopeMatchesRoles();

        @ParameterizedTest
        @CsvSource({
            "PROVINCE_STAFF, 43",
            "CITY_STAFF, 4306",
            "COUNTY_STAFF, 430626",
            "COUNTY_REVIEWER, 430626",
            "TOWNSHIP_REVIEWER, 430626100",
            "VILLAGE_REVIEWER, 430626100201"
        })
        void allowsRegionRoleBoundToADivisionOfItsLevel(Role role, String code) {
            assertThat(policy.check(Set.of(role), region(code)).allowed()).isTrue();
        }

        @Test
        void mapsEachRegionRoleToItsLevel() {
            assertThat(RoleScopeLevel.of(PROVINCE_STAFF)).contains(RegionLevel.PROVINCE);
            assertThat(RoleScopeLevel.of(CITY_STAFF)).contains(RegionLevel.CITY);
            assertThat(RoleScopeLevel.of(COUNTY_STAFF)).contains(RegionLevel.COUNTY);
            assertThat(RoleScopeLevel.of(COUNTY_REVIEWER)).contains(RegionLevel.COUNTY);
            assertThat(RoleScopeLevel.of(TOWNSHIP_REVIEWER)).contains(RegionLevel.TOWNSHIP);
            assertThat(RoleScopeLevel.of(VILLAGE_REVIEWER)).contains(RegionLevel.VILLAGE);
            assertThat(RoleScopeLevel.of(SCHOOL_STAFF)).isEmpty();
            assertThat(RoleScopeLevel.of(AUDIT_ADMIN)).isEmpty();
        }

        @Test
        void noAccountHoldsTheFamilyRole() {
            Decision decision = policy.check(Set.of(com.aidloop.iam.Role.GUARDIAN), region("430626"));
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.code()).isEqualTo("account.roles.familyOnly");
        }

        @Test
        void rejectsRegionOfTheWrongLevelSayingWhichLevelIsNeeded() {
            Decision decision = policy.check(Set.of(COUNTY_REVIEWER), region("430626100"));
            assertThat(decision.code()).isEqualTo("account.scope.regionLevel");
            assertThat(decision.reason()).isEqualTo("县级审核员需要绑定县级行政区划代码（6位数字），当前填写的“430626100”为9位，请改正");
        }

        @Test
        void rejectsRegionRoleWithoutRegion() {
            assertThat(policy.check(Set.of(TOWNSHIP_REVIEWER), ScopeBinding.none())
                            .code())
                    .isEqualTo("account.scope.regionRequired");
        }

        @Test
        void rejectsRegionRoleBoundToASchool() {
            assertThat(policy.check(Set.of(COUNTY_STAFF), ScopeBinding.school(12))
                            .code())
                    .isEqualTo("account.scope.schoolNotForRegion");
        }

        @Test
        void rejectsRegionRolesOfDifferentLevelsOnOneAccount() {
            assertThat(policy.check(Set.of(COUNTY_STAFF, TOWNSHIP_REVIEWER), region("430626"))
                            .code())
                    .isEqualTo("account.scope.mixedLevels");
        }

        @Test
        void rejectsRegionAndSchoolRolesOnOneAccount() {
            assertThat(policy.check(Set.of(COUNTY_STAFF, SCHOOL_STAFF), region("430626"))
                            .code())
                    .isEqualTo("account.scope.mixedKinds");
        }

        @Test
        void schoolStaffNeedASchool() {
            assertThat(policy.check(Set.of(SCHOOL_STAFF), ScopeBinding.none()).code())
                    .isEqualTo("account.scope.schoolRequired");
            assertThat(policy.check(Set.of(SCHOOL_STAFF), region("430626")).code())
                    .isEqualTo("account.scope.regionNotForSchool");
            assertThat(policy.check(Set.of(SCHOOL_STAFF), ScopeBinding.school(7))
                            .allowed())
                    .isTrue();
        }

        @Test
        void administratorsAreBoundToNothing() {
            assertThat(policy.check(Set.of(SECURITY_ADMIN), region("43")).code())
                    .isEqualTo("account.scope.adminUnbound");
            assertThat(policy.check(Set.of(AUDIT_ADMIN), ScopeBinding.none()).allowed())
                    .isTrue();
        }

        @Test
        void anAccountNeedsARole() {
            assertThat(policy.check(Set.of(), ScopeBinding.none()).code()).isEqualTo("account.roles.required");
        }
    }

    @Nested
    class TheAccountKeepsItsRules {

        private Account countyStaff() {
            return Account.open(
                    new Username("Liu.Min"),
                    "刘敏",
                    Set.of(COUNTY_STAFF),
                    region("430626"),
                    "{bcrypt}hash",
                    true,
                    Instant.parse("2026-09-01T00:00:00Z"));
        }

        @Test
        void refusesToOpenAnAccountThatBreaksSeparationOfDuties() {
            assertThatThrownBy(() -> Account.open(
                            new Username("boss"),
                            "王强",
                            Set.of(SYSTEM_ADMIN, AUDIT_ADMIN),
                            ScopeBinding.none(),
                            "{bcrypt}hash",
                            true,
                            Instant.now()))
                    .isInstanceOf(AccountRuleBroken.class)
                    .extracting(e -> ((AccountRuleBroken) e).code())
                    .isEqualTo("account.separation.twoAdmins");
        }

        @Test
        void refusesToAssignRolesThatDoNotFitTheBinding() {
            Account account = countyStaff();
            assertThatThrownBy(() -> account.assign(Set.of(CITY_STAFF), region("430626")))
                    .isInstanceOf(AccountRuleBroken.class)
                    .hasMessage("account.scope.regionLevel");
            assertThat(account.roles()).containsExactly(COUNTY_STAFF);
        }

        @Test
        void mustChangeAPasswordSetByAnAdministrator() {
            Account account = countyStaff();
            account.changePassword("{bcrypt}own", Instant.parse("2026-09-02T00:00:00Z"));
            assertThat(account.mustChangePassword()).isFalse();
            account.resetPassword("{bcrypt}initial");
            assertThat(account.mustChangePassword()).isTrue();
        }

        @Test
        void comparesUsernamesWithoutCase() {
            assertThat(countyStaff().username().key()).isEqualTo("liu.min");
            assertThat(Username.key("  LIU.MIN ")).isEqualTo("liu.min");
        }

        @Test
        void rejectsUsernamesWithSpacesOrChinese() {
            assertThatThrownBy(() -> new Username("刘 敏")).isInstanceOf(AccountRuleBroken.class);
            assertThatThrownBy(() -> new Username("ab")).isInstanceOf(AccountRuleBroken.class);
        }
    }

    @Nested
    class NoSelfLockoutRules {

        private final NoSelfLockout policy = new NoSelfLockout();

        @Test
        void anAdministratorCannotDisableThemselves() {
            assertThat(policy.checkDisable(5, 5).code()).isEqualTo("account.self.disable");
            assertThat(policy.checkDisable(5, 6).allowed()).isTrue();
        }

        @Test
        void anAdministratorCannotDropTheirOwnSecurityAdminRole() {
            Account self = Account.restore(
                    5,
                    new Username("sec"),
                    "安全员",
                    "{bcrypt}x",
                    Set.of(SECURITY_ADMIN),
                    ScopeBinding.none(),
                    true,
                    false,
                    Instant.now(),
                    null,
                    0,
                    0);
            assertThat(policy.checkRoles(5, self, Set.of(AUDIT_ADMIN)).code()).isEqualTo("account.self.dropAdmin");
            assertThat(policy.checkRoles(6, self, Set.of(AUDIT_ADMIN)).allowed())
                    .isTrue();
        }
    }
}
