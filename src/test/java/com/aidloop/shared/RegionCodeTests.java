package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @ParameterizedTest
    @CsvSource({"43, PROVINCE", "4306, CITY", "430626, COUNTY", "430626100, TOWNSHIP", "430626100201, VILLAGE"})
    void tellsItsLevelByItsLength(String code, RegionLevel level) {
        assertThat(new RegionCode(code).level()).isEqualTo(level);
    }

    @Test
    void walksUpToTheProvince() {
        RegionCode village = new RegionCode("430626100201");

        assertThat(village.parent()).isEqualTo(new RegionCode("430626100"));
        assertThat(village.parent().parent()).isEqualTo(new RegionCode("430626"));
        assertThat(village.parent().parent().parent()).isEqualTo(new RegionCode("4306"));
        assertThat(village.parent().parent().parent().parent()).isEqualTo(new RegionCode("43"));
        assertThat(new RegionCode("43").parent()).isNull();
    }

    @Test
    void containsItselfAndWhatLiesInside() {
        RegionCode city = new RegionCode("4306");

        assertThat(city.contains(new RegionCode("430626100201"))).isTrue();
        assertThat(city.contains(city)).isTrue();
        assertThat(city.contains(new RegionCode("430726"))).isFalse();
        assertThat(new RegionCode("430626").contains(city)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"441900", "442000", "460400", "350527000", "350527000000", "430600000001", "430602"})
    void keepsRealCodesThatEndInZeros(String code) {
        assertThat(new RegionCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "430", "43062", "4306261", "4306261001", "43a626", "000000", ""})
    void rejectsWhatIsNotADivisionCode(String code) {
        InvalidValue rejected = Rejection.of(() -> new RegionCode(code));

        assertThat(rejected.code()).isEqualTo("region.code");
        assertThat(rejected.getLocalizedMessage()).contains("2、4、6、9或12位数字");
    }

    @Test
    void readsFullWidthDigits() {
        assertThat(new RegionCode("４３０６２６").value()).isEqualTo("430626");
    }

    @Test
    void namesEachLevelInChinese() {
        assertThat(RegionLevel.TOWNSHIP.label()).isEqualTo("乡镇");
        assertThat(RegionLevel.ofCodeLength(12)).isEqualTo(RegionLevel.VILLAGE);
    }
}
