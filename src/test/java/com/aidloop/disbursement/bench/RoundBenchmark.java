package com.aidloop.disbursement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.BankFile;
import com.aidloop.disbursement.BankFiles;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.disbursement.RoundView;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payout round over 200,000 confirmed card awards of one county and term whose cards were issued
 * by five banks (ROUND_BENCH_COPIES × 5,000; default 40): the time to create the round (read and
 * lock the awards, split them by bank, five COPYs of payment lines) and to write each bank's file
 * with its own template. Seeding: 5,000 awards with sealed test cards through the fixtures, then
 * one INSERT … SELECT that copies them (other students, same cards). Not part of the test run:
 * {@code bench/rounds.sh}, or {@code ./aidloop test -Dtest=RoundBenchmark -Daidloop.bench=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class RoundBenchmark {

    private static final Term TERM = new Term(2071, Term.Semester.SPRING);
    private static final CurrentAccount MAKER = PayoutFixtures.county("county");
    private static final CurrentAccount CHECKER = PayoutFixtures.county("county2");
    private static final String[] BANKS = {"湖南平江农村商业银行", "中国邮政储蓄银行平江县支行", "中国农业银行平江县支行", "中国建设银行平江支行", "中国工商银行平江支行"};
    private static final Map<String, String> TEMPLATES = Map.of(
            "农村商业银行", "fixed",
            "中国邮政储蓄银行", "csv-gbk",
            "中国农业银行", "xlsx",
            "中国建设银行", "csv",
            "中国工商银行", "xlsx-plain");
    private static final Path OUT = Path.of("target", "bench", "round-files");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    PayoutRounds rounds;

    @Autowired
    BankFiles bankFiles;

    @Test
    void createsARoundOfTwoHundredThousandAwardsAndWritesEachBanksFile() throws Exception {
        int copies = Integer.parseInt(System.getenv().getOrDefault("ROUND_BENCH_COPIES", "40"));
        PayoutFixtures.clear(jdbc, TERM);
        try {
            long started = System.nanoTime();
            int awards = seed(copies);
            System.out.printf("RESULT seeded %,d confirmed card awards in %.1f s%n", awards, seconds(started));
            List<String> programmes = List.of(PayoutFixtures.PROGRAMME);
            time(
                    "preview (read the awards, split by bank; no lock, no write)",
                    () -> rounds.preview(TERM, programmes, List.of(), MAKER));
            RoundView cold = time("create round, cold", () -> rounds.create(TERM, programmes, List.of(), MAKER));
            assertThat(cold.count()).isEqualTo(awards);
            dropBatches();
            RoundView round = time("create round, warm", () -> rounds.create(TERM, programmes, List.of(), MAKER));
            assertThat(round.count()).isEqualTo(awards);
            assertThat(round.batches()).hasSize(5);
            rounds.approve(round.id(), CHECKER);
            Files.createDirectories(OUT);
            for (BatchView batch : round.batches()) {
                String template = TEMPLATES.get(batch.bankName());
                BankFile file = time(
                        "bank file " + batch.bankName() + " (" + template + ", " + batch.controlCount() + " lines)",
                        () -> bankFiles.download(batch.id(), template, MAKER));
                assertThat(file.lineCount()).isEqualTo(batch.controlCount());
                Files.write(OUT.resolve(file.fileName()), file.content());
                System.out.printf("RESULT   %s %,d bytes%n", file.fileName(), file.content().length);
            }
        } finally {
            jdbc.sql("DELETE FROM disbursement_bank_template_choice WHERE chosen_by = 'county'")
                    .update();
            PayoutFixtures.clear(jdbc, TERM);
        }
    }

    /** Takes the first round away again (its payments, batches and round), as if it had never been made. */
    private void dropBatches() {
        for (String table : List.of("disbursement_payment", "disbursement_batch", "disbursement_round")) {
            jdbc.sql("DELETE FROM " + table + " WHERE term = :term")
                    .param("term", TERM.code())
                    .update();
        }
        jdbc.sql("VACUUM ANALYZE disbursement_payment").update();
    }

    /** 5,000 awards with sealed cards of the five banks, then {@code copies - 1} copies of them by SQL. */
    private int seed(int copies) {
        PayoutFixtures.confirmedAwards(
                jdbc,
                sensitive,
                TERM,
                PayoutFixtures.SANSHI_TOWN,
                PayoutFixtures.PROGRAMME,
                1,
                5_000,
                Set.of(),
                n -> BANKS[n % BANKS.length]);
        List<String> columns = jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                         WHERE table_schema = current_schema() AND table_name = 'award_award'
                           AND column_name NOT IN ('id', 'student_id', 'id_number_index') AND is_generated = 'NEVER'
                         ORDER BY ordinal_position
                        """).query(String.class).list();
        String list = String.join(", ", columns);
        jdbc.sql("""
                        INSERT INTO award_award (%s, student_id, id_number_index)
                        SELECT %s, a.student_id + g * 10000000, a.id_number_index || '-' || g
                          FROM award_award a CROSS JOIN generate_series(1, :more) g
                         WHERE a.term = :term
                        """.formatted(list, prefixed(columns)))
                .param("term", TERM.code())
                .param("more", copies - 1)
                .update();
        jdbc.sql("ANALYZE award_award").update();
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term")
                .param("term", TERM.code())
                .query(Integer.class)
                .single();
    }

    private static String prefixed(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "a." + c).toList());
    }

    /** Wall time, the JVM's CPU time (the database server not included) and the load average. */
    private static <T> T time(String name, Supplier<T> work) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        T result = work.get();
        System.out.printf(
                "RESULT %-58s %6.2f s wall, %6.2f s JVM CPU, load average %.1f%n",
                name, seconds(started), (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage());
        return result;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
