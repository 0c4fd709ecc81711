package com.aidloop.bench.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.bench.province.ProvinceRegions.County;
import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentSearch;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.testing.Login;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province generator of issue 16 (bench/province.sh, docs/scale.md): fills the database it is
 * pointed at with a province at {@code bench.scale} from {@code bench.seed}, then checks that the
 * platform reads what it wrote: a county's student list, look-ups by full ID number (blind index)
 * and by its last four digits, and the money-integrity check of both terms, through the modules
 * and through the pages of a county account. Tagged "benchmark": left out of the default run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("benchmark")
class ProvinceBenchmark {

    /** The password of the accounts the generator opens (a benchmark database only). */
    static final String PASSWORD = "Xiangjiang#Bench2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RegistryManagement registry;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MoneyIntegrity integrity;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void generatesAProvinceThePlatformReads() throws Exception {
        ProvinceShape shape = new ProvinceShape(
                Double.parseDouble(System.getProperty("bench.scale", "0.01")),
                Long.getLong("bench.seed", 20261207L),
                System.getProperty("bench.province", "43"));
        int threads = Integer.getInteger("bench.threads", 2);
        boolean dropIndexes = Boolean.parseBoolean(System.getProperty("bench.dropIndexes", "true"));
        System.out.printf(
                Locale.ROOT,
                "RESULT province %s scale %s seed %d: %,d students, %,d schools, %d threads, "
                        + "indexes %s during load, machine %d cores, load %s%n",
                shape.provinceCode(),
                shape.scale(),
                shape.seed(),
                shape.students(),
                shape.schools(),
                threads,
                dropIndexes ? "dropped" : "kept",
                Runtime.getRuntime().availableProcessors(),
                Timings.loadAverage());
        ProvinceGenerator generator =
                new ProvinceGenerator(jdbc, dataSource, registry, new TransactionTemplate(transactions));
        ProvinceRegions regions = generator.generate(shape, threads, dropIndexes);
        generator.printTables();
        ProvinceAccounts.open(accounts, regions, PASSWORD);

        assertThat(regions.counties()).hasSize(ProvinceShape.COUNTIES);
        assertThat(regions.counties().stream()
                        .map(c -> c.code().substring(0, 4))
                        .distinct())
                .hasSize(ProvinceShape.CITIES);
        County county = regions.counties().get(0);
        checkStudents(county);
        checkIntegrity(county);
        checkPages(county);
        cryptoFloor();
    }

    /**
     * What sealing alone costs on one thread (AES-GCM seal and HMAC index of an 18-character ID
     * number), the floor under the registry step: a student with its household takes about nine
     * seals and six indexes.
     */
    private void cryptoFloor() {
        int n = 200_000;
        long from = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sensitive.seal("43010220120304" + (1000 + i % 9000));
        }
        double seal = (System.nanoTime() - from) / 1e3 / n;
        from = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sensitive.blindIndex(com.aidloop.privacy.SensitiveKind.ID_NUMBER, "43010220120304" + (1000 + i % 9000));
        }
        double index = (System.nanoTime() - from) / 1e3 / n;
        System.out.printf(
                Locale.ROOT,
                "RESULT crypto on one thread: seal %.2f µs, blind index %.2f µs, load %s%n",
                seal,
                index,
                Timings.loadAverage());
    }

    /** The money-integrity check of both terms balances for the county, with no breaks. */
    private void checkIntegrity(County county) {
        for (Term term : ProvinceShape.TERMS) {
            IntegrityReport report = integrity.check(term, DataScope.region(county.code()));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT integrity %s %s: balanced %s, confirmed %d, in batches %d, paid %d, "
                            + "failed %d, pending %d, not in batch %d, breaks %d%n",
                    county.code(),
                    term.code(),
                    report.balanced(),
                    report.confirmed().count(),
                    report.inBatches().count(),
                    report.paid().count(),
                    report.failed().count(),
                    report.pending().count(),
                    report.notInBatch().count(),
                    report.breaks().size());
            assertThat(report.breaks()).isEmpty();
            assertThat(report.balanced()).isTrue();
            assertThat(report.confirmed().count()).isPositive();
        }
    }

    /** The county's list, and one of its students found by full ID number and by the last four digits. */
    private void checkStudents(County county) {
        DataScope scope = DataScope.region(county.code());
        var list = registry.search(new StudentSearch(null, null, null, null, null, null), scope, Paging.first());
        assertThat(list.totalElements()).isPositive();
        var first = list.content().getFirst();
        String sealed = jdbc.sql("SELECT id_number_sealed FROM registry_student WHERE id = :id")
                .param("id", first.id())
                .query(String.class)
                .single();
        String idNumber = sensitive.open(sealed);
        assertThat(registry.findByIdNumber(idNumber, scope))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(first.id()));
        var byTail = registry.search(
                new StudentSearch(idNumber.substring(14), null, null, null, null, null), scope, Paging.first());
        assertThat(byTail.totalElements()).isPositive();
        System.out.printf(
                Locale.ROOT,
                "RESULT students of %s %s: %,d listed; full ID and last four digits found%n",
                county.code(),
                county.name(),
                list.totalElements());
    }

    /** The county account's student list and money-integrity page, through the real login. */
    private void checkPages(County county) throws Exception {
        MockHttpSession session = Login.session(mvc, ProvinceAccounts.county(county), PASSWORD);
        mvc.perform(get("/students").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-student-id")));
        for (Term term : ProvinceShape.TERMS) {
            mvc.perform(get("/payout-integrity").param("term", term.code()).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("核对一致")));
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT pages of %s: /students and /payout-integrity (核对一致) answer 200%n",
                ProvinceAccounts.county(county));
    }
}
