package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterAccessPolicyTests {

    private static CurrentAccount account(Role role, String region, Long school) {
        return new CurrentAccount(1, "u", "u", Set.of(role), region, school);
    }

    @Test
    void countyStaffAndSchoolsReadEveryDocumentInTheirScope() {
        assertThat(RosterAccess.readableBy(Role.COUNTY_STAFF)).isEqualTo(EnumSet.allOf(DocumentKind.class));
        assertThat(RosterAccess.scopeFor(account(Role.SCHOOL_STAFF, null, 7L), DocumentKind.CONFIRMATION_FORM))
                .contains(DataScope.school(7));
    }

    @Test
    void reviewersReadOnlyTheReviewRosterAndProvinceAndCityOnlyTheSummary() {
        assertThat(RosterAccess.readableBy(Role.TOWNSHIP_REVIEWER)).containsExactly(DocumentKind.REVIEW);
        assertThat(RosterAccess.readableBy(Role.VILLAGE_REVIEWER)).containsExactly(DocumentKind.REVIEW);
        assertThat(RosterAccess.readableBy(Role.CITY_STAFF)).containsExactly(DocumentKind.SUMMARY);
        assertThat(RosterAccess.scopeFor(
                        account(Role.TOWNSHIP_REVIEWER, "430626102", null), DocumentKind.PUBLIC_NOTICE))
                .isEmpty();
    }

    @Test
    void administratorsAndUnboundAccountsReadNothing() {
        for (Role admin : EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(RosterAccess.readableBy(admin)).isEmpty();
        }
        assertThat(RosterAccess.scopeFor(account(Role.COUNTY_STAFF, null, null), DocumentKind.SUMMARY))
                .isEmpty();
    }
}
