package com.aidloop.bench.province;

import static com.aidloop.platform.PostgresCopy.field;

import com.aidloop.bench.province.ProvinceRegions.County;
import com.aidloop.bench.province.ProvinceRegions.Township;
import com.aidloop.bench.province.ProvinceShape.StageMix;
import com.aidloop.platform.PostgresCopy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schools of the province: for each county a share of the schools and students by a random
 * weight, at least one school of each stage, the rest by the stages' school shares, and the
 * county's students of a stage spread over its schools of that stage. Written with COPY.
 */
final class ProvinceSchools {

    /** A generated school and how many students it gets. */
    record School(long id, String code, String name, StageMix mix, String townshipCode, County county, int students) {}

    private record Planned(String code, String name, StageMix mix, Township township, County county, int students) {}

    private ProvinceSchools() {}

    static List<School> write(ProvinceShape shape, ProvinceRegions regions, JdbcClient jdbc, DataSource dataSource) {
        List<Planned> planned = plan(shape, regions);
        StringBuilder rows = new StringBuilder(planned.size() * 120);
        for (Planned p : planned) {
            field(rows, p.code()).append('\t');
            field(rows, p.name()).append('\t');
            rows.append('{').append(p.mix().stage.name()).append("}\t");
            rows.append(p.mix() == StageMix.PRESCHOOL && p.code().endsWith("7") ? "PRIVATE" : "PUBLIC")
                    .append('\t');
            field(rows, p.township().code()).append('\n');
        }
        PostgresCopy.copyIn(
                dataSource, "COPY school_school (code, name, stages, ownership, township_code) FROM STDIN", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, code FROM school_school WHERE code LIKE :p")
                .param("p", "1" + shape.provinceCode() + "%")
                .query((rs, n) -> ids.put(rs.getString("code"), rs.getLong("id")))
                .list();
        return planned.stream()
                .map(p -> new School(
                        ids.get(p.code()),
                        p.code(),
                        p.name(),
                        p.mix(),
                        p.township().code(),
                        p.county(),
                        p.students()))
                .toList();
    }

    private static List<Planned> plan(ProvinceShape shape, ProvinceRegions regions) {
        SplittableRandom random = new SplittableRandom(shape.seed());
        List<County> counties = regions.counties();
        double[] weights = new double[counties.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.6 + random.nextDouble() * 0.8;
            total += weights[i];
        }
        List<Planned> schools = new ArrayList<>();
        for (County county : counties) {
            double share = weights[county.index()] / total;
            int students = (int) Math.round(shape.students() * share);
            int count = Math.max(StageMix.values().length, (int) Math.round(shape.schools() * share));
            schools.addAll(county(county, students, count, random.split()));
        }
        return schools;
    }

    private static List<Planned> county(County county, int students, int count, SplittableRandom random) {
        Map<StageMix, List<Township>> byStage = new EnumMap<>(StageMix.class);
        for (int i = 0; i < count; i++) {
            StageMix mix = i < StageMix.values().length ? StageMix.values()[i] : drawStage(random);
            List<Township> townships = county.townships();
            Township township = mix == StageMix.SENIOR || mix == StageMix.VOCATIONAL
                    ? townships.getFirst()
                    : townships.get(random.nextInt(townships.size()));
            byStage.computeIfAbsent(mix, k -> new ArrayList<>()).add(township);
        }
        List<Planned> schools = new ArrayList<>();
        for (var stage : byStage.entrySet()) {
            int stageStudents = (int) Math.round(students * stage.getKey().studentPercent / 100.0);
            List<Township> townships = stage.getValue();
            double[] sizes = random.doubles(townships.size(), 0.5, 1.5).toArray();
            double sum = java.util.Arrays.stream(sizes).sum();
            for (int n = 0; n < townships.size(); n++) {
                Township t = townships.get(n);
                String code = String.format(
                        Locale.ROOT, "1%s%03d%04d", county.code().substring(0, 2), county.index(), schools.size() + 1);
                schools.add(new Planned(code, name(county, t, stage.getKey(), n + 1), stage.getKey(), t, county, (int)
                        Math.round(stageStudents * sizes[n] / sum)));
            }
        }
        return schools;
    }

    private static StageMix drawStage(SplittableRandom random) {
        int r = random.nextInt(100);
        for (StageMix mix : StageMix.values()) {
            r -= mix.schoolPercent;
            if (r < 0) {
                return mix;
            }
        }
        return StageMix.PRIMARY;
    }

    private static String name(County county, Township township, StageMix mix, int n) {
        String place = township.name().replaceAll("(街道|镇|乡)$", "");
        return switch (mix) {
            case PRESCHOOL -> place + "第" + n + "幼儿园";
            case PRIMARY -> place + "第" + n + "小学";
            case JUNIOR -> place + "第" + n + "初级中学";
            case SENIOR -> county.name() + "第" + n + "高级中学";
            case VOCATIONAL -> county.name() + "第" + n + "职业中等专业学校";
        };
    }
}
