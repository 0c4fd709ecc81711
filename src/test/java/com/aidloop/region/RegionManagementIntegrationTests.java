package com.aidloop.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The division tree on a real PostgreSQL, as loaded from the bundled 2023 files at start. */
@SpringBootTest
class RegionManagementIntegrationTests {

    @Autowired
    RegionManagement regions;

    @Autowired
    DivisionLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsProvincesDownToTownshipsAtStart() {
        // Row counts of provinces, cities, areas and streets .csv.gz (zcat | wc -l, minus the header).
        assertThat(countAt(1)).isEqualTo(31);
        assertThat(countAt(2)).isEqualTo(342);
        assertThat(countAt(3)).isEqualTo(2_978);
        assertThat(countAt(4)).isEqualTo(41_352);
        assertThat(regions.children(null))
                .hasSize(31)
                .first()
                .extracting(Region::name)
                .isEqualTo("北京市");
    }

    @Test
    void loadsTheTreeOnlyOnce() {
        assertThat(loader.loadTreeIfEmpty()).isZero();
        assertThat(countAt(1)).isEqualTo(31);
    }

    @Test
    void loadsTheVillagesOfPingjiangAndIsIdempotent() {
        assertThat(regions.loadVillages("430626")).isEqualTo(550);
        assertThat(regions.loadVillages("４３０６２６")).isEqualTo(550);

        assertThat(jdbc.sql("SELECT count(*) FROM region_division WHERE level = 5 AND code LIKE '430626%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(550);
        assertThat(regions.loadedCounties())
                .filteredOn(county -> county.county().code().equals("430626"))
                .singleElement()
                .satisfies(county -> {
                    assertThat(county.county().name()).isEqualTo("平江县");
                    assertThat(county.villageCount()).isEqualTo(550);
                    assertThat(county.edition()).isEqualTo("2023");
                });
        assertThat(regions.children("430626102"))
                .first()
                .isEqualTo(new Region("430626102001", "三眼桥居民委员会", RegionLevel.VILLAGE, "430626102"));
    }

    @Test
    void loadsVillagesConcurrentlyWithoutConflict() throws Exception {
        // Without the advisory lock, the second COPY would fail on the first one's uncommitted keys.
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> loads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                loads.add(threads.submit(() -> {
                    start.await();
                    return regions.loadVillages("430624");
                }));
            }
            start.countDown();
            for (Future<Integer> load : loads) {
                assertThat(load.get(30, TimeUnit.SECONDS)).isEqualTo(219);
            }
        }
        assertThat(regions.children("430624001")).isNotEmpty();
    }

    @Test
    void refusesToLoadVillagesOfWhatIsNotACounty() {
        assertThatThrownBy(() -> regions.loadVillages("430699"))
                .isInstanceOf(UnknownRegion.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("“430699”不是县级行政区划代码");
        assertThatThrownBy(() -> regions.loadVillages("4306")).isInstanceOf(UnknownRegion.class);
        assertThatThrownBy(() -> regions.loadVillages("430626102")).isInstanceOf(UnknownRegion.class);
        assertThat(regions.loadedCounties())
                .noneMatch(county -> county.county().code().equals("430699"));
    }

    @Test
    void findsADivisionWithItsPathAndFullName() {
        assertThat(regions.find("430626102")).contains(new Region("430626102", "三市镇", RegionLevel.TOWNSHIP, "430626"));
        assertThat(regions.find("430699")).isEmpty();
        assertThat(regions.path("430626102")).extracting(Region::name).containsExactly("湖南省", "岳阳市", "平江县", "三市镇");
        assertThat(regions.path("430699")).isEmpty();
        assertThat(regions.fullName("430626102")).isEqualTo("湖南省岳阳市平江县三市镇");
    }

    @Test
    void leavesGroupingLevelsAndRepeatedNamesOutOfFullNames() {
        assertThat(regions.fullName("110101")).isEqualTo("北京市东城区");
        assertThat(regions.fullName("441900003")).isEqualTo("广东省东莞市东城街道");
        assertThat(regions.fullName("429004")).isEqualTo("湖北省仙桃市");
        assertThatThrownBy(() -> regions.fullName("430699")).isInstanceOf(UnknownRegion.class);
    }

    @Test
    void keepsRealCodesThatEndInZeros() {
        assertThat(regions.find("441900")).contains(new Region("441900", "东莞市", RegionLevel.COUNTY, "4419"));
        assertThat(regions.children("441900"))
                .isNotEmpty()
                .allMatch(child -> child.parentCode().equals("441900") && child.level() == RegionLevel.TOWNSHIP);
        assertThat(regions.find("350527000")).contains(new Region("350527000", "金门县", RegionLevel.TOWNSHIP, "350527"));
        assertThat(regions.path("441900003"))
                .extracting(Region::code)
                .containsExactly("44", "4419", "441900", "441900003");
    }

    @Test
    void readsPaddedCodesAsTheDivisionTheyPad() {
        assertThat(regions.find("430600")).map(Region::code).contains("4306");
        assertThat(regions.find("430626000000")).map(Region::code).contains("430626");
        assertThat(regions.children("430600")).extracting(Region::code).contains("430626");
        assertThat(regions.fullName("430626102000")).isEqualTo("湖南省岳阳市平江县三市镇");
        assertThat(regions.lookup("430626000", "三市")).isEqualTo(foundCode("430626102"));
    }

    @Test
    void refusesMalformedCodes() {
        assertThatThrownBy(() -> regions.find("43062")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void namesManyCodesAtOnce() {
        Map<String, String> names = regions.namesOf(List.of("43", "430626", "430626102", "430699", "bad", "43"));
        assertThat(names)
                .containsExactly(Map.entry("43", "湖南省"), Map.entry("430626", "平江县"), Map.entry("430626102", "三市镇"));
        assertThat(regions.namesOf(List.of())).isEmpty();
    }

    @Test
    void looksUpTownshipsUnderARealCounty() {
        assertThat(regions.lookup("430626", "三市镇人民政府")).isEqualTo(foundCode("430626102"));
        assertThat(regions.lookup("430626", "三市")).isEqualTo(foundCode("430626102"));
        assertThat(regions.lookup("430626", "汉昌街道办事处")).isEqualTo(foundCode("430626001"));
        assertThat(regions.lookup("130205", "开平")).isInstanceOf(NameLookup.Ambiguous.class);
        assertThat(regions.lookup("130205", "开平镇")).isEqualTo(foundCode("130205100"));
        assertThat(regions.lookup(null, "湖南")).isEqualTo(foundCode("43"));
        assertThat(regions.lookup("43", "岳阳")).isEqualTo(foundCode("4306"));
    }

    @Test
    void suggestsTownshipsForAMisspeltName() {
        NameLookup lookup = regions.lookup("430626", "福寿镇");
        assertThat(lookup).isInstanceOf(NameLookup.NotFound.class);
        assertThat(((NameLookup.NotFound) lookup).suggestions())
                .first()
                .extracting(Region::name)
                .isEqualTo("福寿山镇");
    }

    @Test
    void looksUpVillagesOnceTheirCountyIsLoaded() {
        regions.loadVillages("430626");
        assertThat(regions.lookup("430626102", "寨上村")).isEqualTo(foundCode("430626102200"));
        assertThat(regions.lookup("430626102", "寨上村委会")).isEqualTo(foundCode("430626102200"));
        assertThat(regions.lookup("430626102", "三眼桥社区")).isEqualTo(foundCode("430626102001"));
    }

    @Test
    void refusesToLookUpUnderAnUnknownParent() {
        assertThatThrownBy(() -> regions.lookup("430699", "三市")).isInstanceOf(UnknownRegion.class);
    }

    private NameLookup foundCode(String code) {
        return new NameLookup.Found(regions.find(code).orElseThrow());
    }

    private int countAt(int level) {
        return jdbc.sql("SELECT count(*) FROM region_division WHERE level = :level")
                .param("level", level)
                .query(Integer.class)
                .single();
    }
}
