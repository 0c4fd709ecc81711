package com.aidloop.disbursement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.BankFile;
import com.aidloop.disbursement.BankFiles;
import com.aidloop.disbursement.BankTemplate;
import com.aidloop.disbursement.CreatedBatch;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.PayoutFixtures;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a batch of 50,000 payments takes (BANK_BENCH_PAYMENTS to change it): creating it from
 * confirmed awards, then its bank file in every template; the first download marks it EXPORTED,
 * the others regenerate. Not part of the test run: {@code bench/bank-file.sh}, or
 * {@code ./aidloop test -Dtest=BankFileBenchmark -Daidloop.bench=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class BankFileBenchmark {

    private static final Term TERM = new Term(2069, Term.Semester.AUTUMN);
    private static final CurrentAccount MAKER = PayoutFixtures.county("county");
    private static final CurrentAccount CHECKER = PayoutFixtures.county("county2");
    private static final Path OUT = Path.of("target", "bench", "bank-files");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    PayoutBatches batches;

    @Autowired
    BankFiles bankFiles;

    @Test
    void createsALargeBatchAndWritesItsBankFiles() throws Exception {
        int wanted = Integer.parseInt(System.getenv().getOrDefault("BANK_BENCH_PAYMENTS", "50000"));
        PayoutFixtures.clear(jdbc, TERM);
        long started = System.nanoTime();
        PayoutFixtures.confirmedAwards(
                jdbc, sensitive, TERM, PayoutFixtures.SANSHI_TOWN, PayoutFixtures.PROGRAMME, 1, wanted, Set.of());
        System.out.printf("RESULT loaded %,d confirmed awards with sealed cards in %.1f s%n", wanted, seconds(started));
        Files.createDirectories(OUT);
        for (String round : new String[] {"cold", "warm"}) {
            if (round.equals("warm")) {
                PayoutFixtures.clear(jdbc, TERM);
                PayoutFixtures.confirmedAwards(
                        jdbc,
                        sensitive,
                        TERM,
                        PayoutFixtures.SANSHI_TOWN,
                        PayoutFixtures.PROGRAMME,
                        1,
                        wanted,
                        Set.of());
            }
            CreatedBatch[] created = new CreatedBatch[1];
            time(
                    round,
                    "create batch",
                    () -> created[0] =
                            batches.create(TERM, PayoutFixtures.SANSHI_TOWN, PayoutFixtures.PROGRAMME, MAKER));
            long id = created[0].batch().id();
            assertThat(created[0].batch().controlCount()).isEqualTo(wanted);
            batches.approve(id, null, CHECKER);
            for (BankTemplate template : bankFiles.templates()) {
                BankFile[] file = new BankFile[1];
                time(
                        round,
                        "bank file " + template.name(),
                        () -> file[0] = bankFiles.download(id, template.name(), MAKER));
                assertThat(file[0].lineCount()).isEqualTo(wanted);
                Files.write(OUT.resolve(file[0].fileName()), file[0].content());
                System.out.printf("RESULT file %s %,d bytes%n", file[0].fileName(), file[0].content().length);
            }
        }
    }

    /** Wall time, the JVM's CPU time (the database server not included) and the load average. */
    private static void time(String round, String name, Runnable work) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        work.run();
        System.out.printf(
                "RESULT %s %-22s %6.2f s wall, %6.2f s JVM CPU, load average %.1f%n",
                round, name, seconds(started), (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage());
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
