package com.aidloop.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreNameUnitTests {

    @ParameterizedTest
    @CsvSource({"三市, 三市", "三市镇, 三市", "三市镇人民政府, 三市", "三阳乡, 三阳", "三阳乡人民政府, 三阳", "汉昌街道, 汉昌", "汉昌街道办事处, 汉昌", "城关办事处, 城关"})
    void stripsTownshipSuffixVariants(String name, String core) {
        assertThat(CoreName.of(name, RegionLevel.TOWNSHIP)).isEqualTo(core);
    }

    @ParameterizedTest
    @CsvSource({
        "寨上村, 寨上",
        "寨上村委会, 寨上",
        "寨上村民委员会, 寨上",
        "高井社区, 高井",
        "高井居委会, 高井",
        "高井社区居委会, 高井",
        "月田居民委员会, 月田",
        "龙爪树社区居民委员会, 龙爪树",
        "新村村委会, 新"
    })
    void stripsVillageSuffixVariants(String name, String core) {
        assertThat(CoreName.of(name, RegionLevel.VILLAGE)).isEqualTo(core);
    }

    @Test
    void treatsFullWidthCharactersAndSpacesAsTyping() {
        assertThat(CoreName.of("　三 市\u3000镇 ", RegionLevel.TOWNSHIP)).isEqualTo("三市");
        assertThat(CoreName.normalize("ＡＢ　村１")).isEqualTo("AB村1");
    }

    @Test
    void neverStripsANameDownToNothing() {
        assertThat(CoreName.of("镇", RegionLevel.TOWNSHIP)).isEqualTo("镇");
        assertThat(CoreName.of("村委会", RegionLevel.VILLAGE)).isEqualTo("村委会");
    }

    @Test
    void keepsTheKindTheOutermostSuffixNames() {
        assertThat(CoreName.parse("三市镇人民政府", RegionLevel.TOWNSHIP)).isEqualTo(new CoreName("三市", "镇"));
        assertThat(CoreName.parse("开平街道办事处", RegionLevel.TOWNSHIP)).isEqualTo(new CoreName("开平", "街道"));
        assertThat(CoreName.parse("月田村委会", RegionLevel.VILLAGE)).isEqualTo(new CoreName("月田", "村"));
        assertThat(CoreName.parse("月田居民委员会", RegionLevel.VILLAGE)).isEqualTo(new CoreName("月田", "社区"));
        assertThat(CoreName.parse("三市", RegionLevel.TOWNSHIP)).isEqualTo(new CoreName("三市", null));
    }

    @Test
    void stripsOnlySuffixesOfTheLevelAskedFor() {
        assertThat(CoreName.of("平江县", RegionLevel.COUNTY)).isEqualTo("平江");
        assertThat(CoreName.of("平江县", RegionLevel.TOWNSHIP)).isEqualTo("平江县");
        assertThat(CoreName.of("湖南省", RegionLevel.PROVINCE)).isEqualTo("湖南");
        assertThat(CoreName.of("广西壮族自治区", RegionLevel.PROVINCE)).isEqualTo("广西");
    }
}
