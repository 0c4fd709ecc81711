package com.aidloop.bench.province;

import com.aidloop.bench.province.ProvinceShape.StageMix;
import java.util.List;

/** The grades of each stage as the registry and rosters write them, with their level (一年级 is 1). */
final class ProvinceGrades {

    record Grade(String label, int level, StageMix mix) {}

    private ProvinceGrades() {}

    static List<Grade> of(StageMix mix) {
        return all().stream().filter(g -> g.mix() == mix).toList();
    }

    static List<Grade> all() {
        return List.of(
                new Grade("小班", -2, StageMix.PRESCHOOL),
                new Grade("中班", -1, StageMix.PRESCHOOL),
                new Grade("大班", 0, StageMix.PRESCHOOL),
                new Grade("一年级", 1, StageMix.PRIMARY),
                new Grade("二年级", 2, StageMix.PRIMARY),
                new Grade("三年级", 3, StageMix.PRIMARY),
                new Grade("四年级", 4, StageMix.PRIMARY),
                new Grade("五年级", 5, StageMix.PRIMARY),
                new Grade("六年级", 6, StageMix.PRIMARY),
                new Grade("七年级", 7, StageMix.JUNIOR),
                new Grade("八年级", 8, StageMix.JUNIOR),
                new Grade("九年级", 9, StageMix.JUNIOR),
                new Grade("高一", 10, StageMix.SENIOR),
                new Grade("高二", 11, StageMix.SENIOR),
                new Grade("高三", 12, StageMix.SENIOR),
                new Grade("中职一年级", 10, StageMix.VOCATIONAL),
                new Grade("中职二年级", 11, StageMix.VOCATIONAL),
                new Grade("中职三年级", 12, StageMix.VOCATIONAL));
    }
}
