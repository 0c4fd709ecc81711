package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who keeps which catalogue entries, and where an entry is in force. */
class CatalogueOwnerTests {

    private static final CatalogueOwner HUNAN = new CatalogueOwner("43");
    private static final CatalogueOwner PINGJIANG = new CatalogueOwner("430626");
    private static final CatalogueOwner YUEYANG = new CatalogueOwner("430621");

    @Test
    void provinceStaffKeepTheNationalAndTheirProvincesEntriesCountyStaffTheirCountys() {
        assertThat(CatalogueOwner.NATIONAL.changeableFrom("43")).isTrue();
        assertThat(CatalogueOwner.NATIONAL.changeableFrom("430626")).isFalse();
        assertThat(HUNAN.changeableFrom("43")).isTrue();
        assertThat(HUNAN.changeableFrom("44")).isFalse();
        assertThat(HUNAN.changeableFrom("430626")).isFalse();
        assertThat(PINGJIANG.changeableFrom("430626")).isTrue();
        assertThat(PINGJIANG.changeableFrom("430621")).isFalse();
        assertThat(PINGJIANG.changeableFrom("43"))
                .as("the province does not edit a county's own entries")
                .isFalse();
        assertThat(PINGJIANG.changeableFrom("4306")).isFalse();
        assertThat(PINGJIANG.changeableFrom(null)).isFalse();
    }

    @Test
    void refusesSayingWhoKeepsTheEntry() {
        assertThatThrownBy(() -> CatalogueOwner.NATIONAL.requireChangeableBy(staff(Role.COUNTY_STAFF, "430626")))
                .isInstanceOfSatisfying(CatalogueChangeForbidden.class, e -> {
                    assertThat(e.kind()).isEqualTo(com.aidloop.shared.Refusal.Kind.FORBIDDEN);
                    assertThat(e.getLocalizedMessage()).contains("由省级资助中心维护");
                });
        assertThatThrownBy(() -> PINGJIANG.requireChangeableBy(staff(Role.PROVINCE_STAFF, "43")))
                .hasMessageContaining("programme.owner.countyOnly");
        assertThatThrownBy(() -> PINGJIANG.requireChangeableBy(staff(Role.COUNTY_REVIEWER, "430626")))
                .as("a county reviewer stands in the county but may not change the catalogue")
                .hasMessageContaining("programme.owner.noRight");
        PINGJIANG.requireChangeableBy(staff(Role.COUNTY_STAFF, "430626"));
    }

    @Test
    void anEntryIsInForceInsideItsOwnersRegionOnly() {
        assertThat(CatalogueOwner.NATIONAL.appliesIn("430626102")).isTrue();
        assertThat(HUNAN.appliesIn("430626102")).isTrue();
        assertThat(PINGJIANG.appliesIn("430626102")).isTrue();
        assertThat(PINGJIANG.appliesIn("430626")).isTrue();
        assertThat(YUEYANG.appliesIn("430626102")).isFalse();
        assertThat(PINGJIANG.appliesIn("43"))
                .as("a county's entry does not bind its whole province")
                .isFalse();
        assertThat(PINGJIANG.appliesIn(null)).isFalse();
    }

    @Test
    void twoCountiesEntriesNeverMeetSoTheyMayShareANameButAProvincesMeetsItsCountiesAndTheNationalMeetsAll() {
        assertThat(PINGJIANG.meets(YUEYANG)).isFalse();
        assertThat(PINGJIANG.meets(HUNAN)).isTrue();
        assertThat(HUNAN.meets(PINGJIANG)).isTrue();
        assertThat(CatalogueOwner.NATIONAL.meets(YUEYANG)).isTrue();
        assertThat(new CatalogueOwner("44").meets(PINGJIANG)).isFalse();
    }

    @Test
    void staffAddEntriesOfTheirOwnLevelAndChooseTheCountryOnlyAsProvinceStaff() {
        assertThat(CatalogueOwner.chosen("", "430626")).isEqualTo(PINGJIANG);
        assertThat(CatalogueOwner.chosen(null, "43")).isEqualTo(HUNAN);
        assertThat(CatalogueOwner.chosen("NATIONAL", "43")).isEqualTo(CatalogueOwner.NATIONAL);
        assertThat(CatalogueOwner.chosen("全国", "430626").changeableFrom("430626"))
                .isFalse();
        assertThatThrownBy(() -> CatalogueOwner.chosen("", "430626102")).isInstanceOf(CatalogueChangeForbidden.class);
        assertThatThrownBy(() -> new CatalogueOwner("4306")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CurrentAccount staff(Role role, String region) {
        return new CurrentAccount(1, "someone", "测试", Set.of(role), region, null);
    }
}
