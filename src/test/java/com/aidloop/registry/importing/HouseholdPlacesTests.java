package com.aidloop.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.shared.RegionLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 户口所在地 as the registration system and people write it, read as a township and village. */
class HouseholdPlacesTests {

    private final RegionManagement regions = mock(RegionManagement.class);
    private HouseholdPlaces places;

    @BeforeEach
    void tree() {
        when(regions.children(any())).thenReturn(List.of());
        when(regions.children(null)).thenReturn(List.of(region("43", "湖南省", RegionLevel.PROVINCE, null)));
        when(regions.children("43")).thenReturn(List.of(region("4306", "岳阳市", RegionLevel.CITY, "43")));
        when(regions.children("4306")).thenReturn(List.of(region("430626", "平江县", RegionLevel.COUNTY, "4306")));
        when(regions.children("430626"))
                .thenReturn(List.of(
                        region("430626101", "安定镇", RegionLevel.TOWNSHIP, "430626"),
                        region("430626102", "三市镇", RegionLevel.TOWNSHIP, "430626")));
        when(regions.children("430626102"))
                .thenReturn(List.of(
                        region("430626102001", "三眼桥居民委员会", RegionLevel.VILLAGE, "430626102"),
                        region("430626102201", "托田村民委员会", RegionLevel.VILLAGE, "430626102")));
        when(regions.find(any())).thenReturn(Optional.empty());
        when(regions.find("430626102"))
                .thenReturn(Optional.of(region("430626102", "三市镇", RegionLevel.TOWNSHIP, "430626")));
        places = new HouseholdPlaces(regions);
    }

    @Test
    void readsTheFullNameTheSystemWritesDownToTheVillage() {
        assertThat(places.resolve("湖南省岳阳市平江县三市镇托田村民委员会", null))
                .isEqualTo(new HouseholdPlaces.Place("430626102", "430626102201"));
    }

    @Test
    void readsANameStartingBelowTheCountyInTheSchoolsCountyWithShortVillageNames() {
        assertThat(places.resolve("三市镇托田村五组", "430626"))
                .isEqualTo(new HouseholdPlaces.Place("430626102", "430626102201"));
        assertThat(places.resolve("三市镇三眼桥社区", "430626"))
                .isEqualTo(new HouseholdPlaces.Place("430626102", "430626102001"));
        assertThat(places.resolve("平江县三市镇", null)).isNull();
        assertThat(places.resolve("湖南省岳阳市平江县三市镇", null)).isEqualTo(new HouseholdPlaces.Place("430626102", null));
    }

    @Test
    void readsACodeAndRefusesAPlaceWithoutATownship() {
        assertThat(places.resolve("430626102", null)).isEqualTo(new HouseholdPlaces.Place("430626102", null));
        assertThat(places.resolve("430626999", null)).isNull();
        assertThat(places.resolve("火星", "430626")).isNull();
    }

    private static Region region(String code, String name, RegionLevel level, String parent) {
        return new Region(code, name, level, parent);
    }
}
