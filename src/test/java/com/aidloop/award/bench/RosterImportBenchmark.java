package com.aidloop.award.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.ImportingRoster;
import com.aidloop.award.RosterImportView;
import com.aidloop.award.Rosters;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Term;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The roster import benchmark kept with the project: validates and then commits a generated
 * roster of {@code -Dbench.rows} rows (default 100,000; all students new, so every row also
 * registers a student and a guardian) on the demo county, timing each from upload to finished
 * status. Tagged "benchmark": the default test run leaves it out; bench/roster-import.sh runs it
 * with the heap capped and prints the POI baseline beside it. Each line starting with RESULT is
 * what the script reports.
 */
@Tag("benchmark")
@SpringBootTest
class RosterImportBenchmark {

    private static final Term AUTUMN = new Term(2026, Term.Semester.AUTUMN);
    private static final Term SPRING = new Term(2027, Term.Semester.SPRING);
    /** Row numbers of the warm-up roster start here, so its students are none of the measured ones. */
    private static final int WARM_UP_OFFSET = 2_000_000;

    @Autowired
    ImportingRoster importing;

    @Autowired
    SchoolManagement schools;

    @Autowired
    RegionManagement regions;

    @Autowired
    ObjectProvider<EmbeddedPostgres> postgres;

    /**
     * Two rounds over the same students: the autumn roster of students met for the first time
     * (every row registers a student and a guardian), then the spring roster of the same students,
     * now registered (every row is matched by ID number), as most of a year's imports are. Each
     * round validates, then commits. A small roster first warms the server up, as a running one is.
     */
    @Test
    void validatesAndCommitsAGeneratedRoster() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path autumn = roster(rows, AUTUMN, 0);
        Path spring = roster(rows, SPRING, 0);
        CurrentAccount county = Rosters.countyStaff();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, load average %.2f, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() / 1048576);

        Path warmUp = roster(20_000, AUTUMN, WARM_UP_OFFSET);
        run(warmUp, AUTUMN, ImportMode.VALIDATE, county, "warm-up");
        run(warmUp, AUTUMN, ImportMode.COMMIT, county, "warm-up");

        RosterImportView validated = run(autumn, AUTUMN, ImportMode.VALIDATE, county, "new-students");
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(validated.errors()).as("errors of the generated roster").isZero();
        RosterImportView committed = run(autumn, AUTUMN, ImportMode.COMMIT, county, "new-students");
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.awardsCreated()).isEqualTo(rows);
        assertThat(committed.studentsRegistered()).isEqualTo(rows);

        RosterImportView known = run(spring, SPRING, ImportMode.VALIDATE, county, "registered-students");
        assertThat(known.errors()).isZero();
        RosterImportView knownCommitted = run(spring, SPRING, ImportMode.COMMIT, county, "registered-students");
        assertThat(knownCommitted.awardsCreated()).isEqualTo(rows);
        assertThat(knownCommitted.studentsMatched()).isEqualTo(rows);
    }

    private Path roster(int rows, Term term, int offset) throws Exception {
        Path file = Path.of(
                System.getProperty("bench.dir", "target/bench"),
                "award-roster-" + rows + "-" + term.code() + (offset > 0 ? "-" + offset : "") + ".xlsx");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            long start = System.nanoTime();
            AwardRosterGenerator.write(file, rows, offset, term.label(), demoSchools(), townships());
            System.out.printf(
                    Locale.ROOT,
                    "generated %s rows=%d size=%.1f MB in %.1f s%n",
                    file,
                    rows,
                    Files.size(file) / 1048576.0,
                    seconds(start));
        }
        return file;
    }

    private RosterImportView run(Path file, Term term, ImportMode mode, CurrentAccount account, String scenario)
            throws InterruptedException {
        System.gc();
        int port = postgres.getIfAvailable() == null ? -1 : postgres.getObject().getPort();
        CpuTimes before = CpuTimes.now(port);
        long start = System.nanoTime();
        RosterImportView view = importing.submit(Rosters.upload(file), term, mode, false, account, false);
        long heap = 0;
        while (!view.status().finished()) {
            Thread.sleep(20);
            heap = Math.max(
                    heap,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            view = importing.get(view.id(), account.scope());
        }
        double wall = seconds(start);
        CpuTimes used = CpuTimes.now(port).minus(before);
        // formatted first and printed in one call: printf writes piece by piece, and a log line of the import could
        // land inside
        System.out.println(String.format(
                Locale.ROOT,
                "RESULT %s %s rows=%d errors=%d created=%d registered=%d matched=%d seconds=%.2f"
                        + " jvmCpuSeconds=%.2f postgresCpuSeconds=%.2f gcSeconds=%.2f jitSeconds=%.2f heapUsedMaxMB=%d maxHeapMB=%d load=%.2f",
                scenario,
                mode.name().toLowerCase(Locale.ROOT),
                view.rowsRead(),
                view.errors(),
                view.awardsCreated(),
                view.studentsRegistered(),
                view.studentsMatched(),
                wall,
                used.jvm(),
                used.postgres(),
                used.gc(),
                used.jit(),
                heap / 1048576,
                Runtime.getRuntime().maxMemory() / 1048576,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return view;
    }

    private List<AwardRosterGenerator.School> demoSchools() {
        List<AwardRosterGenerator.School> list = new ArrayList<>();
        List<String> primary = List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级");
        for (String code : List.of(
                "2143062609",
                "2143062610",
                "2143062611",
                "2143062612",
                "2143062613",
                "2143062614",
                "2143062615",
                "2143062616",
                "2143062618")) {
            list.add(school(code, primary, "义务教育家庭经济困难学生生活补助", List.of("寄宿生", "非寄宿生"), List.of("500", "250")));
        }
        for (String code : List.of("2143062604", "2143062605", "2143062606", "2143062607", "2143062608")) {
            list.add(school(
                    code,
                    List.of("七年级", "八年级", "九年级"),
                    "义务教育家庭经济困难学生生活补助",
                    List.of("寄宿生", "非寄宿生"),
                    List.of("625", "312.5")));
        }
        for (String code : List.of("2143062601", "2143062602")) {
            list.add(school(
                    code,
                    List.of("高一", "高二", "高三"),
                    "普通高中国家助学金",
                    List.of("一档", "二档", "三档"),
                    List.of("1750", "1150", "600")));
        }
        list.add(school(
                "2143062603",
                List.of("中职一年级", "中职二年级", "中职三年级"),
                "中职国家助学金",
                List.of("一档", "二档", "三档"),
                List.of("1750", "1150", "600")));
        for (String code : List.of("2143062619", "2143062620", "2143062621")) {
            list.add(school(code, List.of("小班", "中班", "大班"), "学前教育资助", List.of(""), List.of("500")));
        }
        return list;
    }

    private AwardRosterGenerator.School school(
            String code, List<String> grades, String programme, List<String> tiers, List<String> amounts) {
        String name = schools.byCode(code).orElseThrow().name();
        return new AwardRosterGenerator.School(code, name, grades, programme, tiers, amounts);
    }

    private List<AwardRosterGenerator.Township> townships() {
        List<AwardRosterGenerator.Township> list = new ArrayList<>();
        for (Region township : regions.children("430626")) {
            list.add(new AwardRosterGenerator.Township(
                    township.name(),
                    regions.children(township.code()).stream().map(Region::name).toList()));
        }
        return list;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
