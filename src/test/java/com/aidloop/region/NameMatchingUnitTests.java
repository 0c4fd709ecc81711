package com.aidloop.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchingUnitTests {

    /** Part of 平江县 (430626) as the 2023 codes list it. */
    private static final List<Region> PINGJIANG = List.of(
            township("430626001", "汉昌街道"),
            township("430626101", "安定镇"),
            township("430626102", "三市镇"),
            township("430626103", "加义镇"),
            township("430626111", "伍市镇"),
            township("430626113", "童市镇"),
            township("430626115", "福寿山镇"),
            township("430626118", "上塔市镇"),
            township("430626200", "三阳乡"),
            township("430626210", "三墩乡"));

    /** 开平区 (130205) has a 街道 and a 镇 of the same core name. */
    private static final List<Region> KAIPING =
            List.of(township("130205001", "马家沟街道"), township("130205002", "开平街道"), township("130205100", "开平镇"));

    /** 月田镇 of 岳阳县 (430621110) has a community and a village of the same core name. */
    private static final List<Region> YUETIAN =
            List.of(village("430621110001", "月田居民委员会"), village("430621110261", "月田村"), village("430621110262", "新开村"));

    @Test
    void findsTownshipBySuffixVariant() {
        assertThat(NameMatching.match("三市", PINGJIANG)).isEqualTo(found("430626102"));
        assertThat(NameMatching.match("三市镇", PINGJIANG)).isEqualTo(found("430626102"));
        assertThat(NameMatching.match("三市镇人民政府", PINGJIANG)).isEqualTo(found("430626102"));
        assertThat(NameMatching.match("汉昌街道办事处", PINGJIANG)).isEqualTo(found("430626001"));
        assertThat(NameMatching.match(" 三阳乡人民政府 ", PINGJIANG)).isEqualTo(found("430626200"));
    }

    @Test
    void findsVillageBySuffixVariant() {
        List<Region> villages = List.of(village("430626102200", "寨上村民委员会"), village("430626102201", "托田村民委员会"));
        assertThat(NameMatching.match("寨上村", villages)).isEqualTo(new NameLookup.Found(villages.get(0)));
        assertThat(NameMatching.match("寨上村委会", villages)).isEqualTo(new NameLookup.Found(villages.get(0)));
        assertThat(NameMatching.match("托田", villages)).isEqualTo(new NameLookup.Found(villages.get(1)));
    }

    @Test
    void findsTownshipTypedWithAnotherKindWhenOnlyOneHasTheCore() {
        // Many 乡 became 镇; people keep writing the old name.
        assertThat(NameMatching.match("三市乡", PINGJIANG)).isEqualTo(found("430626102"));
    }

    @Test
    void reportsTwoChildrenSharingACoreNameAsAmbiguous() {
        NameLookup lookup = NameMatching.match("开平", KAIPING);
        assertThat(lookup).isEqualTo(new NameLookup.Ambiguous(List.of(KAIPING.get(1), KAIPING.get(2))));
        assertThat(NameMatching.match("月田", YUETIAN))
                .isEqualTo(new NameLookup.Ambiguous(List.of(YUETIAN.get(0), YUETIAN.get(1))));
    }

    @Test
    void exactNameWinsOverAmbiguousCore() {
        assertThat(NameMatching.match("开平镇", KAIPING)).isEqualTo(new NameLookup.Found(KAIPING.get(2)));
        assertThat(NameMatching.match("开平街道", KAIPING)).isEqualTo(new NameLookup.Found(KAIPING.get(1)));
        assertThat(NameMatching.match("月田村", YUETIAN)).isEqualTo(new NameLookup.Found(YUETIAN.get(1)));
    }

    @Test
    void typedKindSettlesAnAmbiguousCore() {
        assertThat(NameMatching.match("开平镇人民政府", KAIPING)).isEqualTo(new NameLookup.Found(KAIPING.get(2)));
        assertThat(NameMatching.match("开平街道办事处", KAIPING)).isEqualTo(new NameLookup.Found(KAIPING.get(1)));
        assertThat(NameMatching.match("月田村委会", YUETIAN)).isEqualTo(new NameLookup.Found(YUETIAN.get(1)));
        assertThat(NameMatching.match("月田社区", YUETIAN)).isEqualTo(new NameLookup.Found(YUETIAN.get(0)));
    }

    @Test
    void suggestsClosestNamesWhenNothingMatches() {
        NameLookup lookup = NameMatching.match("三市口", PINGJIANG);
        // 三市镇 shares two characters; 伍市, 童市, 三阳, 三墩 one each at distance 2; 上塔市 is further.
        assertThat(lookup).isInstanceOf(NameLookup.NotFound.class);
        assertThat(codes(((NameLookup.NotFound) lookup).suggestions()))
                .containsExactly("430626102", "430626111", "430626113", "430626200", "430626210");
    }

    @Test
    void ranksSuggestionsByCommonCharactersThenEditDistanceThenCode() {
        NameLookup lookup = NameMatching.match("福山", PINGJIANG);
        assertThat(codes(((NameLookup.NotFound) lookup).suggestions())).containsExactly("430626115");

        NameLookup typo = NameMatching.match("上塔镇", PINGJIANG);
        // 上塔市 shares 上 and 塔 (distance 1); 伍市, 童市, 三市 share nothing with 上塔.
        assertThat(codes(((NameLookup.NotFound) typo).suggestions())).containsExactly("430626118");
    }

    @Test
    void suggestsAtMostFiveAndAlwaysTheSame() {
        NameLookup first = NameMatching.match("市三", PINGJIANG);
        NameLookup again = NameMatching.match("市三", PINGJIANG.reversed());
        assertThat(((NameLookup.NotFound) first).suggestions()).hasSize(NameMatching.MAX_SUGGESTIONS);
        assertThat(first).isEqualTo(again);
    }

    @Test
    void suggestsNothingForANameSharingNoCharacter() {
        assertThat(NameMatching.match("北京", PINGJIANG)).isEqualTo(new NameLookup.NotFound(List.of()));
        assertThat(NameMatching.match("  ", PINGJIANG)).isEqualTo(new NameLookup.NotFound(List.of()));
    }

    @Test
    void measuresEditDistanceAndCommonCharacters() {
        assertThat(NameMatching.editDistance("上塔", "上塔市")).isEqualTo(1);
        assertThat(NameMatching.editDistance("三市", "伍市")).isEqualTo(1);
        assertThat(NameMatching.editDistance("", "三墩")).isEqualTo(2);
        assertThat(NameMatching.commonCharacters("三三市", "三市三")).isEqualTo(3);
        assertThat(NameMatching.commonCharacters("三三", "三市")).isEqualTo(1);
    }

    private static NameLookup found(String code) {
        return new NameLookup.Found(PINGJIANG.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::code).toList();
    }

    private static Region township(String code, String name) {
        return new Region(code, name, RegionLevel.TOWNSHIP, code.substring(0, 6));
    }

    private static Region village(String code, String name) {
        return new Region(code, name, RegionLevel.VILLAGE, code.substring(0, 9));
    }
}
