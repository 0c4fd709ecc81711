package com.aidloop.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.roster.ConfirmationForms;
import com.aidloop.roster.CountySummary;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterExports;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.RosterVerification;
import com.aidloop.roster.verification.Verification;
import com.aidloop.shared.Term;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the county's documents take for a term of 100,000 awards (ROSTER_BENCH_AWARDS to
 * change it) on the demo county: the summary, the review roster, every programme's roster, the
 * public notice and every school's confirmation form, then the check. Not part of the test run:
 * {@code bench/rosters.sh}, or {@code ./aidloop test -Dtest=RosterBenchmark -Daidloop.bench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class RosterBenchmark {

    private static final Term TERM = new Term(2039, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region("430626");
    private static final Path OUT = Path.of("target", "bench", "rosters");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountySummary summaries;

    @Autowired
    RosterExports exports;

    @Autowired
    ConfirmationForms forms;

    @Autowired
    RosterVerification verification;

    @Autowired
    com.aidloop.roster.DocumentPack pack;

    @Autowired
    com.aidloop.award.AwardBook awardBook;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void producesTheDocumentsOfALargeTerm() throws IOException {
        int wanted = Integer.parseInt(System.getenv().getOrDefault("ROSTER_BENCH_AWARDS", "100000"));
        long started = System.nanoTime();
        int awards = BenchAwards.write(jdbc, TERM, wanted);
        System.out.printf("RESULT loaded %,d awards in %.1f s%n", awards, seconds(started));
        Files.createDirectories(OUT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken("bench", null, java.util.List.of()));
        try {
            if (System.getProperty("aidloop.bench.profile") != null) {
                profile(System.getProperty("aidloop.bench.profile"));
                return;
            }
            for (String round : new String[] {"cold", "warm"}) {
                produceEveryDocumentAndCheck(round, awards);
            }
            Files.list(OUT)
                    .sorted()
                    .forEach(f -> System.out.printf("RESULT file %s %,d bytes%n", f.getFileName(), size(f)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One round: the documents one after another, then the check; prints each one's time and their sum. */
    private void produceEveryDocumentAndCheck(String round, int awards) {
        Map<String, Double> times = new LinkedHashMap<>();
        if (Boolean.getBoolean("aidloop.bench.detail")) {
            timeTheAwardBookAndItsQuery(times);
        }
        time(times, "summary (page)", () -> assertThat(
                        summaries.of(TERM, COUNTY).total().awards())
                .isEqualTo(awards));
        timeTheDownloads(times);
        double documents = times.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("(") && !e.getKey().equals("documents.zip"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        time(times, "verification", () -> {
            Verification result = verification.verify(TERM, COUNTY);
            assertThat(result.passed()).isTrue();
        });
        times.forEach((name, s) -> System.out.printf("RESULT %s %-24s %6.2f s%n", round, name, s));
        System.out.printf(
                "RESULT %s %-24s %6.2f s (the six downloads above one after another, %,d awards)%n",
                round, "sum of the documents", documents, awards);
    }

    /** The six downloads, then the whole pack (documents.zip, which also checks). */
    private void timeTheDownloads(Map<String, Double> times) {
        time(times, "summary.xlsx", () -> file("summary.xlsx", out -> summaries.write(TERM, COUNTY, out)));
        time(
                times,
                "review.xlsx",
                () -> file(
                        "review.xlsx", out -> exports.write(DocumentKind.REVIEW, TERM, COUNTY, RosterFilter.ALL, out)));
        time(
                times,
                "per-programme.zip",
                () -> file(
                        "per-programme.zip", out -> exports.writeEveryProgramme(TERM, COUNTY, RosterFilter.ALL, out)));
        time(
                times,
                "public-notice.xlsx",
                () -> file(
                        "public-notice.xlsx",
                        out -> exports.write(DocumentKind.PUBLIC_NOTICE, TERM, COUNTY, RosterFilter.ALL, out)));
        time(
                times,
                "confirmation-forms.xlsx",
                () -> file("confirmation-forms.xlsx", out -> forms.writeAll(TERM, COUNTY, out)));
        time(
                times,
                "documents.zip",
                () -> file("documents.zip", out -> assertThat(
                                pack.write(TERM, COUNTY, out).passed())
                        .isTrue()));
    }

    /** With -Daidloop.bench.detail=true: reading the award book alone, and its query's plan and time in the database. */
    private void timeTheAwardBookAndItsQuery(Map<String, Double> times) {
        long[] n = {0};
        time(times, "(award book read)", () -> awardBook.forEach(TERM, COUNTY, line -> n[0]++));
        time(
                times,
                "(sql only)",
                () -> transactions.executeWithoutResult(tx -> {
                    jdbc.sql("SET LOCAL work_mem = '96MB'").update();
                    jdbc.sql("""
                    EXPLAIN (ANALYZE, TIMING OFF) SELECT * FROM award_award WHERE term = :t
                       AND (school_township_code LIKE '430626%' OR household_township_code LIKE '430626%')
                     ORDER BY left(household_township_code, 6), household_township_code, household_village_code NULLS LAST, school_code,
                              grade COLLATE "C", class_name COLLATE "C", student_name COLLATE "C", id
                    """)
                            .param("t", TERM.code())
                            .query(String.class)
                            .list()
                            .forEach(l -> System.out.println("PLAN " + l));
                }));
    }

    /** Records one document's production with Java Flight Recorder into target/bench/rosters/&lt;what&gt;.jfr. */
    private void profile(String what) throws IOException {
        Runnable work =
                switch (what) {
                    case "review" ->
                        () -> file(
                                "review.xlsx",
                                out -> exports.write(DocumentKind.REVIEW, TERM, COUNTY, RosterFilter.ALL, out));
                    case "summary" -> () -> summaries.of(TERM, COUNTY);
                    default -> () -> file("documents.zip", out -> pack.write(TERM, COUNTY, out));
                };
        work.run();
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.start();
            long started = System.nanoTime();
            work.run();
            System.out.printf("RESULT profiled %s %.2f s%n", what, seconds(started));
            recording.stop();
            recording.dump(OUT.resolve(what + ".jfr"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wall time of the work; the JVM's CPU time (all threads, the database server not included) is printed beside it. */
    private static void time(Map<String, Double> times, String name, Runnable work) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        work.run();
        times.put(name, seconds(started));
        System.out.printf(
                "RESULT cpu %-24s %6.2f s of JVM CPU, load average %.1f%n",
                name, (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage());
    }

    private static void file(String name, Consumer<OutputStream> writer) {
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name))) {
            writer.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
