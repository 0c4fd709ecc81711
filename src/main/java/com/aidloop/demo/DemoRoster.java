package com.aidloop.demo;

import com.aidloop.programme.Catalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.Standard;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.Stage;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The award roster the demo county's aid centre imported for 2026年春季学期, as rows of the
 * import template: the living subsidy and nutrition of compulsory schooling, the national grants
 * and fee waivers of senior high and vocational school, preschool aid and the free preschool
 * year, a few temporary reliefs, and a few students paid through the special channel. Amounts
 * are the catalogue's standards for the term; grades are those of the term (a year below the
 * registry's when the registry is a school year later), so first-year students of today are not
 * on it. Deterministic for a seed.
 */
final class DemoRoster {

    static final Term TERM = new Term(2026, Term.Semester.SPRING);

    /** The template's columns the demo fills, as the import reads them. */
    static final List<String> HEADERS = List.of(
            "学校标识码",
            "学校名称",
            "年级",
            "班级",
            "学生姓名",
            "性别",
            "证件类型",
            "证件号码",
            "户籍乡镇(街道)",
            "户籍村(社区)",
            "资助项目",
            "资助档次",
            "资助金额(元)",
            "学期",
            "困难类型",
            "困难等级",
            "特别通道(是/否)",
            "监护人姓名",
            "联系电话",
            "开户银行",
            "资助卡号",
            "备注");

    private static final String[] DIFFICULTY_TYPES = {
        "脱贫家庭学生",
        "脱贫家庭学生",
        "防止返贫监测对象家庭学生",
        "农村低收入人口家庭学生",
        "最低生活保障家庭学生",
        "最低生活保障家庭学生",
        "特困供养学生",
        "孤儿",
        "事实无人抚养儿童",
        "残疾学生",
        "残疾人子女",
        "其他家庭经济困难学生"
    };
    private static final String[] DIFFICULTY_LEVELS = {"特别困难", "比较困难", "比较困难", "一般困难"};
    private static final int[] RELIEF_AMOUNTS = {500, 800, 1000, 1500};

    /** A demo school and the students the demo registered there. */
    record SchoolStudents(DemoCounty.PlannedSchool school, List<StudentInput> students) {}

    private final Catalogue catalogue;
    private final Random random;
    private final int yearsBack;

    /**
     * @param catalogue the programme catalogue of {@link #TERM}
     * @param registryAutumnYear the autumn whose school year the registry's grades belong to
     */
    DemoRoster(Catalogue catalogue, long seed, int registryAutumnYear) {
        this.catalogue = catalogue;
        this.random = new Random(seed);
        this.yearsBack = registryAutumnYear - (TERM.year() - 1);
    }

    List<List<Object>> rows(List<SchoolStudents> schools) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolStudents school : schools) {
            List<Stage> stages = school.school().stages();
            List<String> grades = stages.stream()
                    .flatMap(stage -> DemoStudents.gradeLabels(stage).stream())
                    .toList();
            boolean rural = !school.school().townshipCode().startsWith(DemoCounty.CODE + "0");
            for (StudentInput student : school.students()) {
                int index = grades.indexOf(student.grade()) - yearsBack;
                if (index >= 0) {
                    String grade = grades.get(index);
                    awards(new Pupil(school.school(), student, grade, stageOf(stages, grade), rural), rows);
                }
            }
        }
        return rows;
    }

    /** A student as the roster of the term sees them. */
    private record Pupil(
            DemoCounty.PlannedSchool school, StudentInput student, String grade, Stage stage, boolean rural) {}

    private void awards(Pupil pupil, List<List<Object>> rows) {
        Need need = new Need(pick(DIFFICULTY_TYPES), pick(DIFFICULTY_LEVELS), chance(1));
        boolean needy = rollNeedy(pupil.stage());
        switch (pupil.stage()) {
            case PRESCHOOL -> {
                if (pupil.grade().equals("大班")) {
                    award(pupil, "PRESCHOOL_FREE_YEAR", "STANDARD", null, rows);
                }
                if (needy) {
                    award(pupil, "PRESCHOOL_AID", "STANDARD", need, rows);
                }
            }
            case PRIMARY, JUNIOR_SECONDARY -> {
                if (needy) {
                    String programme =
                            pupil.stage() == Stage.PRIMARY ? "PRIMARY_LIVING_SUBSIDY" : "JUNIOR_LIVING_SUBSIDY";
                    award(pupil, programme, pupil.rural() && chance(60) ? "BOARDER" : "NON_BOARDER", need, rows);
                }
                if (pupil.rural()) {
                    award(pupil, "RURAL_NUTRITION", "STANDARD", null, rows);
                }
            }
            case SENIOR_HIGH -> {
                if (needy) {
                    String tier = tier();
                    need = need.gradedBy(tier);
                    award(pupil, "SENIOR_HIGH_NATIONAL_GRANT", tier, need, rows);
                    if (chance(35)) {
                        award(pupil, "SENIOR_HIGH_FEE_WAIVER", "STANDARD", need, rows);
                    }
                }
            }
            case VOCATIONAL -> {
                if (needy) {
                    String tier = tier();
                    need = need.gradedBy(tier);
                    award(pupil, "VOCATIONAL_NATIONAL_GRANT", tier, need, rows);
                }
                if (needy || chance(60)) {
                    award(pupil, "VOCATIONAL_TUITION_WAIVER", "STANDARD", needy ? need : null, rows);
                }
            }
            case HIGHER -> {}
        }
        if (needy && chance(3)) {
            award(pupil, "COUNTY_TEMPORARY_RELIEF", "STANDARD", need, rows);
        }
    }

    /** Whether a student of the stage is from a family in difficulty: more often the higher the stage. */
    private boolean rollNeedy(Stage stage) {
        return switch (stage) {
            case PRESCHOOL -> chance(15);
            case PRIMARY -> chance(18);
            case JUNIOR_SECONDARY -> chance(22);
            case SENIOR_HIGH -> chance(25);
            case VOCATIONAL -> chance(30);
            case HIGHER -> false;
        };
    }

    /** Why a student is aided: difficulty type and level, and whether through the special channel. */
    private record Need(String type, String level, boolean specialChannel) {

        /**
         * The level a national grant's tier rests on (the catalogue's tiers: 一档 特别困难, 二档 比较困难,
         * 三档 一般困难), so that the student's identification allows the tier.
         */
        Need gradedBy(String tierCode) {
            String graded =
                    switch (tierCode) {
                        case "TIER_1" -> "特别困难";
                        case "TIER_2" -> "比较困难";
                        case "TIER_3" -> "一般困难";
                        default -> level;
                    };
            return new Need(type, graded, specialChannel);
        }
    }

    private void award(Pupil pupil, String programmeCode, String tierCode, Need need, List<List<Object>> rows) {
        Optional<ProgrammeInForce> programme =
                catalogue.programme(programmeCode).filter(ProgrammeInForce::paysThisTerm);
        Optional<Standard> standard = programme.flatMap(p -> p.tier(tierCode)).filter(s -> !s.withdrawn());
        if (standard.isEmpty()) {
            return;
        }
        StudentInput s = pupil.student();
        MemberInput guardian =
                s.household().stream().filter(MemberInput::guardian).findFirst().orElse(null);
        boolean special = need != null && need.specialChannel();
        rows.add(Arrays.asList(
                pupil.school().code(),
                pupil.school().name(),
                pupil.grade(),
                s.className(),
                s.name(),
                s.gender(),
                s.idType(),
                s.idNumber(),
                s.householdTownship(),
                s.householdVillage(),
                programme.get().programme().displayName(),
                standard.get().tier().label(),
                amount(standard.get()),
                TERM.label(),
                need == null ? null : need.type(),
                need == null ? null : need.level(),
                special ? "是" : "否",
                guardian == null ? null : guardian.name(),
                guardian == null ? null : guardian.phone(),
                s.aidCard() == null ? null : s.aidCard().bank(),
                s.aidCard() == null ? null : s.aidCard().cardNumber(),
                special ? "特别通道：家庭突发重大变故，经县资助中心审核" : null));
    }

    /** The fixed amount, or for a band one of the usual relief amounts inside it. */
    private BigDecimal amount(Standard standard) {
        if (!standard.isBand()) {
            return standard.amount().yuan();
        }
        BigDecimal amount = BigDecimal.valueOf(RELIEF_AMOUNTS[random.nextInt(RELIEF_AMOUNTS.length)])
                .setScale(2);
        return amount.max(standard.minimum().yuan()).min(standard.maximum().yuan());
    }

    private String tier() {
        int roll = random.nextInt(10);
        return roll < 3 ? "TIER_1" : roll < 7 ? "TIER_2" : "TIER_3";
    }

    private static Stage stageOf(List<Stage> stages, String grade) {
        return stages.stream()
                .filter(stage -> DemoStudents.gradeLabels(stage).contains(grade))
                .findFirst()
                .orElseThrow();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
