package com.aidloop.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A deployment that serves 岳阳县 names it in aidloop.regions.load-villages. */
@SpringBootTest(properties = "aidloop.regions.load-villages=430621, 430626")
class VillagesAtStartupIntegrationTests {

    @Autowired
    RegionManagement regions;

    @Test
    void loadsTheVillagesOfConfiguredCountiesAtStart() {
        assertThat(regions.loadedCounties())
                .filteredOn(county -> county.county().code().equals("430621"))
                .singleElement()
                .extracting(LoadedCounty::villageCount)
                .isEqualTo(204);
        assertThat(regions.loadedCounties())
                .anyMatch(county -> county.county().code().equals("430626"));
    }

    @Test
    void looksUpACommunityAndAVillageSharingACoreName() {
        assertThat(regions.lookup("430621110", "月田")).isInstanceOf(NameLookup.Ambiguous.class);
        assertThat(regions.lookup("430621110", "月田村委会"))
                .isEqualTo(new NameLookup.Found(regions.find("430621110261").orElseThrow()));
        assertThat(regions.lookup("430621110", "月田社区居委会"))
                .isEqualTo(new NameLookup.Found(regions.find("430621110001").orElseThrow()));
        assertThat(regions.fullName("430621110261")).isEqualTo("湖南省岳阳市岳阳县月田镇月田村");
    }
}
