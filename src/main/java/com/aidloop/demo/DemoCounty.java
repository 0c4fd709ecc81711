package com.aidloop.demo;

import com.aidloop.school.Stage;
import java.util.List;

/**
 * The demo county: 平江县 of 岳阳市, Hunan (430626), a real rural county with 25 townships and
 * 550 villages in the national codes, and the schools the demo invents for it.
 */
final class DemoCounty {

    static final String CODE = "430626";
    static final String SANSHI_TOWN = "430626102";
    static final String ANDING_TOWN = "430626101";

    private DemoCounty() {}

    /** A school of the demo county and how many students it gets. */
    record PlannedSchool(
            String code, String name, List<Stage> stages, boolean privateSchool, String townshipCode, int students) {}

    static final List<PlannedSchool> SCHOOLS = List.of(
            school("2143062601", "平江县第一中学", "430626001", 520, Stage.SENIOR_HIGH),
            school("2143062602", "平江县第三中学", "430626002", 420, Stage.SENIOR_HIGH),
            school("2143062603", "平江县职业技术学校", "430626002", 380, Stage.VOCATIONAL),
            school("2143062604", "平江县汉昌中学", "430626001", 330, Stage.JUNIOR_SECONDARY),
            school("2143062605", "平江县三市镇中学", SANSHI_TOWN, 300, Stage.JUNIOR_SECONDARY),
            school("2143062606", "平江县安定镇中学", ANDING_TOWN, 280, Stage.JUNIOR_SECONDARY),
            school("2143062607", "平江县伍市镇中学", "430626111", 260, Stage.JUNIOR_SECONDARY),
            school("2143062608", "平江县南江镇中学", "430626107", 240, Stage.JUNIOR_SECONDARY),
            school("2143062609", "平江县城关小学", "430626001", 320, Stage.PRIMARY),
            school("2143062610", "平江县天岳小学", "430626002", 300, Stage.PRIMARY),
            school("2143062611", "平江县三市镇中心小学", SANSHI_TOWN, 260, Stage.PRIMARY),
            school("2143062612", "平江县安定镇中心小学", ANDING_TOWN, 240, Stage.PRIMARY),
            school("2143062613", "平江县加义镇中心小学", "430626103", 200, Stage.PRIMARY),
            school("2143062614", "平江县长寿镇中心小学", "430626104", 190, Stage.PRIMARY),
            school("2143062615", "平江县龙门镇中心小学", "430626105", 170, Stage.PRIMARY),
            school("2143062616", "平江县梅仙镇中心小学", "430626108", 170, Stage.PRIMARY),
            school("2143062617", "平江县福寿山镇九年一贯制学校", "430626115", 160, Stage.PRIMARY, Stage.JUNIOR_SECONDARY),
            school("2143062618", "平江县童市镇中心小学", "430626113", 150, Stage.PRIMARY),
            school("2143062619", "平江县第一幼儿园", "430626001", 120, Stage.PRESCHOOL),
            school("2143062620", "平江县三市镇中心幼儿园", SANSHI_TOWN, 90, Stage.PRESCHOOL),
            new PlannedSchool("2143062621", "平江县天岳启明幼儿园", List.of(Stage.PRESCHOOL), true, "430626002", 80));

    private static PlannedSchool school(String code, String name, String township, int students, Stage... stages) {
        return new PlannedSchool(code, name, List.of(stages), false, township, students);
    }

    static int plannedStudents() {
        return SCHOOLS.stream().mapToInt(PlannedSchool::students).sum();
    }
}
