package com.aidloop.comparison.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListFiles;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.ListUpload;
import com.aidloop.comparison.Matching;
import com.aidloop.shared.IdNumber;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Loading one generated department list (bench/comparison-load.sh): a CSV of N rows of 财政供养人员
 * with valid ID numbers, names and employers, imported for a region of its own (checks, blind
 * index, COPY, then the matching run against the whole registry). Prints the load (the import
 * without its matching run: reading, checks, blind index, COPY, replacement) and the matching run
 * apart, each in seconds, the load also in rows per second. The list limits are raised so that
 * 10,000,000 rows (387 MB) can be loaded. Tagged "benchmark": left out of the default run.
 */
@SpringBootTest(
        properties = {"aidloop.comparison.max-list-rows=20000000", "aidloop.comparison.max-list-megabytes=2000"})
@Tag("benchmark")
class ListLoadBenchmark {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    JdbcClient jdbc;

    /** What the embedded server's command line holds ("-p" and its port), read before the import: no query inside it. */
    private String postmaster;

    /** Times the matching run the import starts, so that the load is timed without it. */
    @MockitoSpyBean
    Matching matching;

    /** A CSV of {@code rows} 财政供养人员 with valid ID numbers, names and employers. */
    private static Path generated(int rows) throws Exception {
        Path file = Path.of("target", "bench", "payroll-" + rows + ".csv");
        Files.createDirectories(file.getParent());
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,身份证号码,工作单位\n");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 500 % 15_000);
                String first17 = "439901" + birth.format(BIRTH) + String.format(Locale.ROOT, "%03d", i % 500 + 1);
                out.write("职工" + i + "," + first17 + IdNumber.checkCharacter(first17) + ",县直单位" + (i % 40) + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "generated %d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        return file;
    }

    @Test
    void loadsAGeneratedList() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path file = generated(rows);
        String region = "4399" + String.format(Locale.ROOT, "%02d", (int) (System.currentTimeMillis() / 1000 % 100));

        postmaster = "-p "
                + jdbc.sql("SELECT inet_server_port()").query(Integer.class).single() + " ";
        long[] matchingNanos = timedMatching();
        long jvmCpu = jvmCpuNanos();
        long postgresCpu = postgresCpuNanos();
        long started = System.nanoTime();
        ListImportResult result = importing.submit(
                ListFiles.upload(file, file.getFileName().toString()),
                new ListUpload("PUBLIC_PAYROLL", "县财政局", LocalDate.of(2026, 10, 31), ColumnMapping.none()),
                ListFiles.countyStaff(region));
        double seconds = (System.nanoTime() - started) / 1e9;
        double matchingSeconds = matchingNanos[0] / 1e9;
        double loadSeconds = seconds - matchingSeconds;
        double jvmCpuSeconds = (jvmCpuNanos() - jvmCpu - matchingNanos[1]) / 1e9;
        double postgresCpuSeconds = (postgresCpuNanos() - postgresCpu - matchingNanos[2]) / 1e9;

        assertThat(result.list().persons()).isEqualTo(rows);
        System.out.printf(
                Locale.ROOT,
                "RESULT list load: %d rows in %.1f s (%.0f rows/s), without the matching run%n",
                rows,
                loadSeconds,
                rows / loadSeconds);
        System.out.printf(
                Locale.ROOT,
                "RESULT matching run after the import: %.1f s (%d new / %d stayed); whole import %.1f s%n",
                matchingSeconds,
                result.run().added(),
                result.run().stayed(),
                seconds);
        System.out.printf(
                Locale.ROOT,
                "RESULT CPU of the load: JVM %.1f s, PostgreSQL server processes %.1f s; of the matching run:"
                        + " JVM %.1f s, PostgreSQL %.1f s%n",
                jvmCpuSeconds,
                postgresCpuSeconds,
                matchingNanos[1] / 1e9,
                matchingNanos[2] / 1e9);
    }

    /** Has the spy time each matching run: wall, JVM CPU and server CPU nanoseconds, added up. */
    private long[] timedMatching() {
        long[] matchingNanos = new long[3];
        doAnswer(call -> {
                    long[] from = {System.nanoTime(), jvmCpuNanos(), postgresCpuNanos()};
                    try {
                        return call.callRealMethod();
                    } finally {
                        matchingNanos[0] += System.nanoTime() - from[0];
                        matchingNanos[1] += jvmCpuNanos() - from[1];
                        matchingNanos[2] += postgresCpuNanos() - from[2];
                    }
                })
                .when(matching)
                .run(anyString());
        return matchingNanos;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU time of the embedded server's processes (its postmaster's children, found by the port
     * on its command line): the machine is shared, so CPU seconds say what wall seconds
     * cannot. A server that is not on this machine's process table counts 0.
     */
    private long postgresCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(p ->
                        postmaster != null && p.info().commandLine().orElse("").contains(postmaster))
                .flatMap(ProcessHandle::children)
                .mapToLong(
                        p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
