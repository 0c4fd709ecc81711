package com.aidloop.bench.province;

import com.aidloop.bench.province.ProvinceRegions.County;
import com.aidloop.bench.province.ProvinceRegions.Township;
import com.aidloop.bench.province.ProvinceSchools.School;
import com.aidloop.bench.province.ProvinceShape.StageMix;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the students of the province with their households and aid cards through the
 * registry's own bulk path ({@link RegistryManagement#registerImported}: the registry's checks,
 * its sealing, blind indexes and masks, COPY), a chunk of students per transaction. Each county is
 * made by one thread from its own seed, so the rows do not depend on how threads interleave
 * (only the ids do).
 */
final class ProvinceStudents {

    static final int CHUNK = 5_000;

    private static final String[] EMPLOYERS = {"务农", "外出务工", "个体经营", "灵活就业", "本地企业", "无业"};
    private static final String[] HEALTH = {"健康", "健康", "健康", "健康", "健康", "健康", "健康", "健康", "慢性病", "大病", "残疾"};

    private final RegistryManagement registry;
    private final TransactionTemplate transaction;
    private final ProvinceShape shape;
    private final AtomicLong registered = new AtomicLong();
    private final AtomicLong registryNanos = new AtomicLong();

    ProvinceStudents(RegistryManagement registry, TransactionTemplate transaction, ProvinceShape shape) {
        this.registry = registry;
        this.transaction = transaction;
        this.shape = shape;
    }

    /** Registers every school's students, counties spread over {@code threads} threads; returns how many. */
    long registerAll(List<School> schools, int threads) throws Exception {
        Map<County, List<School>> byCounty = schools.stream()
                .collect(Collectors.groupingBy(School::county, java.util.LinkedHashMap::new, Collectors.toList()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            byCounty.forEach((county, its) -> done.add(pool.submit(() -> county(county, its))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return registered.get();
    }

    /** Thread-seconds spent inside the registry's bulk path (the rest is making the inputs). */
    double secondsInRegistry() {
        return registryNanos.get() / 1e9;
    }

    private void county(County county, List<School> schools) {
        ProvincePeople people = new ProvincePeople(shape.seed(), county.code(), county.index());
        DataScope scope = DataScope.region(county.code());
        List<StudentInput> chunk = new ArrayList<>(CHUNK);
        for (School school : schools) {
            List<ProvinceGrades.Grade> grades = ProvinceGrades.of(school.mix());
            for (int i = 0; i < school.students(); i++) {
                ProvinceGrades.Grade grade = grades.get(i % grades.size());
                int classNo = i / grades.size() / 45 + 1;
                chunk.add(student(people, county, school, grade, classNo));
                if (chunk.size() == CHUNK) {
                    write(chunk, scope);
                }
            }
        }
        write(chunk, scope);
    }

    private void write(List<StudentInput> chunk, DataScope scope) {
        if (chunk.isEmpty()) {
            return;
        }
        long from = System.nanoTime();
        transaction.executeWithoutResult(status -> registry.registerImported(chunk, scope));
        registryNanos.addAndGet(System.nanoTime() - from);
        registered.addAndGet(chunk.size());
        chunk.clear();
    }

    private StudentInput student(
            ProvincePeople people, County county, School school, ProvinceGrades.Grade grade, int classNo) {
        Gender gender = people.gender();
        String surname = people.surname();
        LocalDate from = LocalDate.of(ProvinceShape.AUTUMN_YEAR - 6 - grade.level(), 9, 1);
        LocalDate birth = people.birthBetween(from, from.plusYears(1).minusDays(1));
        IdNumber id = people.studentId(birth, gender);
        Township township = household(people, county, school);
        boolean urban = township.urban()
                || (township.code().equals(county.townships().getFirst().code()) && people.chance(50));
        return new StudentInput(
                surname + people.givenName(gender),
                gender.label(),
                "居民身份证",
                id.value(),
                "G" + id.value(),
                school.id(),
                grade.label(),
                classNo + "班",
                township.code(),
                null,
                urban ? "城镇" : "农村",
                household(people, surname, birth),
                people.chance(92) ? new CardInput(bank(people, county), people.aidCard()) : null);
    }

    /** Where the family is registered: near a compulsory school most of the time, anywhere in the county else. */
    private static Township household(ProvincePeople people, County county, School school) {
        boolean near = school.mix() != StageMix.SENIOR && school.mix() != StageMix.VOCATIONAL && people.chance(80);
        if (near) {
            return county.townships().stream()
                    .filter(t -> t.code().equals(school.townshipCode()))
                    .findFirst()
                    .orElseThrow();
        }
        return county.townships().get(people.nextInt(county.townships().size()));
    }

    private static String bank(ProvincePeople people, County county) {
        return switch (people.nextInt(5)) {
            case 0, 1 -> county.name() + "农村商业银行";
            case 2 -> "中国邮政储蓄银行" + county.name() + "支行";
            case 3 -> "中国农业银行" + county.name() + "支行";
            default -> "中国建设银行" + county.name() + "支行";
        };
    }

    private List<MemberInput> household(ProvincePeople people, String surname, LocalDate childBirth) {
        boolean leftBehind = people.chance(20);
        List<MemberInput> members = new ArrayList<>(3);
        members.add(member(
                people, surname + people.givenName(Gender.MALE), "父亲", Gender.MALE, !leftBehind, childBirth, 24, 40));
        MemberInput mother = member(
                people,
                people.surname() + people.givenName(Gender.FEMALE),
                "母亲",
                Gender.FEMALE,
                false,
                childBirth,
                22,
                38);
        members.add(mother);
        if (leftBehind) {
            MemberInput grandmother;
            do {
                grandmother = member(
                        people,
                        people.surname() + people.givenName(Gender.FEMALE),
                        "祖母",
                        Gender.FEMALE,
                        true,
                        childBirth,
                        45,
                        62);
            } while (grandmother.idNumber().equals(mother.idNumber()));
            members.add(grandmother);
        }
        return members;
    }

    private static MemberInput member(
            ProvincePeople people,
            String name,
            String relation,
            Gender gender,
            boolean guardian,
            LocalDate childBirth,
            int minGap,
            int maxGap) {
        LocalDate birth = people.birthBetween(childBirth.minusYears(maxGap), childBirth.minusYears(minGap));
        return new MemberInput(
                null,
                name,
                relation,
                guardian,
                "居民身份证",
                people.adultId(birth, gender).value(),
                guardian || people.chance(50) ? people.mobile() : null,
                people.pick(EMPLOYERS),
                (6_000 + people.nextInt(150) * 400) + ".00",
                people.pick(HEALTH));
    }
}
