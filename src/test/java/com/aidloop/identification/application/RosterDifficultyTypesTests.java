package com.aidloop.identification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.IdentificationInForce;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster difficulty types a form's special groups support, and the one a blank 困难类型 gets. */
class RosterDifficultyTypesTests {

    @ParameterizedTest(name = "{0} → {1}, filled {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "''                    | 其他家庭经济困难学生                       | 其他家庭经济困难学生",
                "JIANDANG              | 脱贫家庭学生                              | 脱贫家庭学生",
                "TUOPIN                | 脱贫家庭学生                              | 脱贫家庭学生",
                "FANGFANPIN            | 防止返贫监测对象家庭学生                    | 防止返贫监测对象家庭学生",
                "DISHOURU              | 农村低收入人口家庭学生                      | 农村低收入人口家庭学生",
                "DIBAO                 | 最低生活保障家庭学生                        | 最低生活保障家庭学生",
                "TEKUN                 | 特困供养学生                              | 特困供养学生",
                "LIESHI                | 烈士子女                                 | 烈士子女",
                "GUER                  | 孤儿,事实无人抚养儿童                       | -",
                "CANJI                 | 残疾学生,残疾人子女                         | -",
                "YOUFU                 | 其他家庭经济困难学生                        | -",
                "TEKUN_ZHIGONG         | 其他家庭经济困难学生                        | -",
                "GUER,DIBAO            | 最低生活保障家庭学生,孤儿,事实无人抚养儿童     | 最低生活保障家庭学生",
                "LIESHI,TUOPIN         | 脱贫家庭学生,烈士子女                       | 脱贫家庭学生",
                "CANJI,GUER            | 孤儿,事实无人抚养儿童,残疾学生,残疾人子女      | -",
                "KUNJING,TEKUN         | 特困供养学生,其他家庭经济困难学生             | 特困供养学生"
            })
    void mapsTheModelsGroupsToTheRostersTypes(String groups, String supported, String toFill) {
        Set<String> codes = groups.isBlank() ? Set.of() : Set.of(groups.split(","));

        RosterDifficultyTypes.Supported types = RosterDifficultyTypes.of(codes);

        assertThat(types.supported()).isEqualTo(List.of(supported.split(",")));
        assertThat(types.toFill()).isEqualTo(toFill);
    }

    @Test
    void theSampleDataGroupsOfEachTypeSupportIt() {
        for (String type : IdentificationInForce.DIFFICULTY_TYPES) {
            assertThat(RosterDifficultyTypes.of(RosterDifficultyTypes.groupsFor(type))
                            .supported())
                    .as(type)
                    .contains(type);
        }
        assertThat(RosterDifficultyTypes.groupsFor("其他家庭经济困难学生")).isEmpty();
        assertThat(RosterDifficultyTypes.groupsFor("脱贫家庭学生")).containsExactly("TUOPIN");
    }
}
