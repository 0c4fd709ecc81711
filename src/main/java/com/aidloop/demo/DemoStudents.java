package com.aidloop.demo;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.Stage;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invents the students of one demo school: grades and birth dates that fit the stage, household
 * registration in the school's township (or anywhere in the county for county-seat schools),
 * parents or grandparents as guardians, and aid cards.
 */
final class DemoStudents {

    /** A grade and its level: grade 1 of primary school is level 1, 大班 of kindergarten level 0. */
    private record Grade(String label, int level) {}

    private static final String[] EMPLOYERS = {"务农", "外出务工", "个体经营", "平江县建筑公司", "灵活就业", "平江县食品厂", "无业"};
    /** The banks that issue aid cards in a county like 平江县: the rural commercial bank most, then the big four. */
    private static final String[] BANKS = {
        "湖南平江农村商业银行",
        "湖南平江农村商业银行",
        "平江农商银行城关支行",
        "中国邮政储蓄银行平江县支行",
        "中国邮政储蓄银行平江县支行",
        "中国农业银行平江县支行",
        "中国建设银行平江支行",
        "中国工商银行平江支行"
    };

    private static final String[] HEALTH = {"健康", "健康", "健康", "健康", "健康", "健康", "健康", "健康", "慢性病", "大病", "残疾"};

    private final DemoPeople people;
    private final int autumnYear;
    private final LocalDate today;

    DemoStudents(DemoPeople people, int autumnYear, LocalDate today) {
        this.people = people;
        this.autumnYear = autumnYear;
        this.today = today;
    }

    List<StudentInput> forSchool(
            long schoolId, List<Stage> stages, int count, List<String> townships, VillagesOf villages) {
        List<Grade> grades =
                stages.stream().flatMap(stage -> gradesOf(stage).stream()).toList();
        List<StudentInput> students = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Grade grade = grades.get(i % grades.size());
            String township = townships.get(people.nextInt(townships.size()));
            List<String> villageCodes = villages.of(township);
            String village = villageCodes.isEmpty() ? null : villageCodes.get(people.nextInt(villageCodes.size()));
            students.add(student(schoolId, grade, 1 + people.nextInt(4), township, village));
        }
        return students;
    }

    /** The villages under a township code. */
    interface VillagesOf {
        List<String> of(String townshipCode);
    }

    private StudentInput student(long schoolId, Grade grade, int classNo, String township, String village) {
        Gender gender = people.gender();
        String surname = people.surname();
        LocalDate from = LocalDate.of(autumnYear - 6 - grade.level(), 9, 1);
        LocalDate birth = people.birthBetween(from, from.plusYears(1).minusDays(1));
        IdNumber id = people.idNumber(DemoCounty.CODE, birth, gender);
        boolean urban = township.startsWith(DemoCounty.CODE + "0");
        return new StudentInput(
                surname + people.givenName(gender),
                gender.label(),
                "居民身份证",
                id.value(),
                "G" + id.value(),
                schoolId,
                grade.label(),
                classNo + "班",
                township,
                village,
                urban ? "城镇" : "农村",
                household(surname, birth),
                people.chance(92) ? new CardInput(people.pick(BANKS), people.aidCard()) : null);
    }

    private List<MemberInput> household(String surname, LocalDate childBirth) {
        boolean leftBehind = people.chance(20);
        List<MemberInput> members = new ArrayList<>();
        members.add(
                member(surname + people.givenName(Gender.MALE), "父亲", Gender.MALE, !leftBehind, childBirth, 24, 40));
        members.add(member(
                people.surname() + people.givenName(Gender.FEMALE), "母亲", Gender.FEMALE, false, childBirth, 22, 38));
        if (leftBehind) {
            members.add(member(
                    people.surname() + people.givenName(Gender.FEMALE), "祖母", Gender.FEMALE, true, childBirth, 45, 62));
        }
        if (people.chance(35)) {
            Gender sibling = people.gender();
            members.add(member(surname + people.givenName(sibling), "兄弟姐妹", sibling, false, childBirth, -6, 6));
        }
        return members;
    }

    private MemberInput member(
            String name,
            String relation,
            Gender gender,
            boolean guardian,
            LocalDate childBirth,
            int minGap,
            int maxGap) {
        LocalDate from = childBirth.minusYears(maxGap);
        LocalDate to = childBirth.minusYears(minGap);
        if (to.isAfter(today.minusYears(1))) {
            to = today.minusYears(1);
        }
        LocalDate birth = people.birthBetween(from, to);
        boolean adult = birth.isBefore(today.minusYears(18));
        String income = adult ? String.valueOf(6_000 + people.nextInt(150) * 400) + ".00" : "0.00";
        return new MemberInput(
                null,
                name,
                relation,
                guardian,
                "居民身份证",
                people.idNumber(DemoCounty.CODE, birth, gender).value(),
                guardian || (adult && people.chance(50)) ? people.mobile() : null,
                adult ? people.pick(EMPLOYERS) : "在读",
                income,
                people.pick(HEALTH));
    }

    /** The grade labels of a stage, lowest first ("一年级" … "六年级"). */
    static List<String> gradeLabels(Stage stage) {
        return gradesOf(stage).stream().map(Grade::label).toList();
    }

    private static List<Grade> gradesOf(Stage stage) {
        return switch (stage) {
            case PRESCHOOL -> List.of(new Grade("小班", -2), new Grade("中班", -1), new Grade("大班", 0));
            case PRIMARY ->
                List.of(
                        new Grade("一年级", 1),
                        new Grade("二年级", 2),
                        new Grade("三年级", 3),
                        new Grade("四年级", 4),
                        new Grade("五年级", 5),
                        new Grade("六年级", 6));
            case JUNIOR_SECONDARY -> List.of(new Grade("七年级", 7), new Grade("八年级", 8), new Grade("九年级", 9));
            case SENIOR_HIGH -> List.of(new Grade("高一", 10), new Grade("高二", 11), new Grade("高三", 12));
            case VOCATIONAL -> List.of(new Grade("中职一年级", 10), new Grade("中职二年级", 11), new Grade("中职三年级", 12));
            case HIGHER -> List.of(new Grade("大一", 13));
        };
    }
}
