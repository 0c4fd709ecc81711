package com.aidloop.identification.application;

import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.domain.DifficultyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Realistic sample forms of rural families for the demo, varied by the sample's number. */
final class SampleForms {

    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐"};
    private static final String[] FATHERS = {"建国", "志强", "国平", "德胜", "春生"};
    private static final String[] MOTHERS = {"秀英", "桂兰", "玉梅", "春花", "小燕"};
    private static final String[] JOBS = {"劳力工人（技术含量较低）", "农村务农", "技术性工人", "个体户或自主创业者", "无业人员（无收入）"};
    private static final String[] REGIONS = {"苏北地区、西部省份", "集中连片特困地区", "苏中地区、中部省份"};

    private SampleForms() {}

    static String guardian(int n) {
        return SURNAMES[(n + 3) % SURNAMES.length] + MOTHERS[n % MOTHERS.length];
    }

    static ApplicationForm form(int n, LocalDate today) {
        String surname = SURNAMES[n % SURNAMES.length];
        List<Member> members = new ArrayList<>();
        members.add(new Member(
                surname + FATHERS[n % FATHERS.length],
                "父亲",
                36 + n % 12,
                JOBS[n % JOBS.length],
                n % 3 == 0 ? "平江县建筑工地" : "",
                BigDecimal.valueOf(6000L + (n * 137L) % 30000),
                n % 13 == 0 ? Health.MAJOR_ILLNESS : Health.HEALTHY));
        members.add(new Member(
                guardian(n),
                "母亲",
                34 + n % 10,
                "农村务农",
                "",
                BigDecimal.valueOf(2000L + (n * 59L) % 8000),
                Health.HEALTHY));
        if (n % 3 != 0) {
            members.add(new Member(
                    surname + "奶奶",
                    "祖母",
                    66 + n % 15,
                    "无业人员（无收入）",
                    "",
                    BigDecimal.ZERO,
                    n % 4 == 0 ? Health.MINOR_ILLNESS : Health.HEALTHY));
        }
        Set<String> groups = n % 17 == 0 ? Set.of("GUER") : n % 11 == 0 ? Set.of("DIBAO") : Set.of();
        List<Emergency> emergencies = n % 9 == 0
                ? List.of(new Emergency(Emergency.Kind.DISASTER, today.minusMonths(3), "暴雨冲毁稻田"))
                : List.of();
        return new ApplicationForm(
                members,
                Incomes.NONE,
                groups,
                n % 7 == 0 ? "危房" : "自有住房",
                emergencies,
                new Siblings(0, n % 2, n % 5 == 0 ? 1 : 0, 0, 0),
                Map.of(
                        "HOME_REGION",
                        REGIONS[n % REGIONS.length],
                        "RESIDENCE",
                        "县城及农村",
                        "FATHER_JOB",
                        JOBS[n % JOBS.length]),
                new Commitment(guardian(n), today.minusDays(n % 20)));
    }

    /** The form with these special groups instead of its own; unchanged when they are null. */
    static ApplicationForm withGroups(ApplicationForm form, Set<String> groups) {
        if (groups == null) {
            return form;
        }
        return new ApplicationForm(
                form.members(),
                form.incomes(),
                groups,
                form.housing(),
                form.emergencies(),
                form.siblings(),
                form.indicatorAnswers(),
                form.commitment());
    }

    /** The level a school chose where the model suggested none. */
    static DifficultyLevel levelOf(int n) {
        return switch (n % 4) {
            case 0 -> DifficultyLevel.SPECIAL;
            case 1 -> DifficultyLevel.FAIRLY;
            case 2 -> DifficultyLevel.GENERAL;
            default -> DifficultyLevel.NOT_DIFFICULT;
        };
    }
}
