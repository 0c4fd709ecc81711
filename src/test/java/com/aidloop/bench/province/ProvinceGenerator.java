package com.aidloop.bench.province;

import com.aidloop.bench.province.ProvinceRegions.County;
import com.aidloop.bench.province.ProvinceSchools.School;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty platform database with a province (issue 16): schools, students with households
 * and cards through the registry, then two terms of awards, confirmations, batches, payments and
 * bank files set-based per county. Secondary indexes are dropped for each bulk step and made again
 * from their migration definitions before the next step reads the table. Prints one RESULT line
 * per step with rows and seconds.
 */
final class ProvinceGenerator {

    private static final List<String> REGISTRY = List.of("registry_student", "registry_household_member");
    private static final List<String> AWARDS = List.of("award_award");
    private static final List<String> PAYMENTS = List.of("disbursement_payment");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final RegistryManagement registry;
    private final TransactionTemplate transaction;
    private final Timings timings = new Timings();

    ProvinceGenerator(
            JdbcClient jdbc, DataSource dataSource, RegistryManagement registry, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.registry = registry;
        this.transaction = transaction;
    }

    /** Generates the province; returns its regions (for the checks that follow). */
    ProvinceRegions generate(ProvinceShape shape, int threads, boolean dropIndexes) throws Exception {
        ProvinceRegions regions = ProvinceRegions.read(jdbc, shape.provinceCode(), ProvinceShape.COUNTIES);
        long started = System.nanoTime();
        List<School> schools = ProvinceSchools.write(shape, regions, jdbc, dataSource);
        timings.record("school_school", schools.size(), started);
        LoadIndexes indexes = new LoadIndexes(jdbc);
        if (dropIndexes) {
            indexes.drop(REGISTRY);
        }
        ProvinceStudents students = new ProvinceStudents(registry, transaction, shape);
        timings.time(
                "registry_student + registry_household_member (registry path, sealed)",
                () -> students.registerAll(schools, threads));
        System.out.printf(
                java.util.Locale.ROOT,
                "RESULT   of which %.1f thread-seconds inside registerImported%n",
                students.secondsInRegistry());
        timings.time("registry indexes", () -> (long) recreate(indexes, REGISTRY));
        if (dropIndexes) {
            indexes.drop(AWARDS);
        }
        for (Term term : ProvinceShape.TERMS) {
            timings.time(
                    "award_award " + term.code() + " (confirmed)",
                    () -> perCounty(regions, threads, c -> ProvinceAwards.write(jdbc, term, c.code(), shape.seed())));
        }
        timings.time("award indexes", () -> (long) recreate(indexes, AWARDS));
        if (dropIndexes) {
            indexes.drop(PAYMENTS);
        }
        for (Term term : ProvinceShape.TERMS) {
            timings.time(
                    "disbursement_batch " + term.code(),
                    () -> perCounty(
                            regions, threads, c -> ProvincePayouts.batches(jdbc, term, c.code(), shape.seed())));
            timings.time(
                    "disbursement_payment " + term.code(),
                    () -> perCounty(regions, threads, c -> ProvincePayouts.payments(jdbc, term, c.code())));
            timings.time(
                    "disbursement_bank_file " + term.code(),
                    () -> perCounty(regions, threads, c -> ProvincePayouts.bankFiles(jdbc, term, c.code())));
        }
        timings.time("payment indexes", () -> (long) recreate(indexes, PAYMENTS));
        timings.time("ANALYZE", () -> {
            jdbc.sql("ANALYZE").update();
            return 0L;
        });
        timings.printTotal();
        return regions;
    }

    private static int recreate(LoadIndexes indexes, List<String> tables) {
        int made = 0;
        for (String table : tables) {
            made += indexes.recreate(table);
        }
        return made;
    }

    /** Runs one statement per county over {@code threads} connections; returns the rows written. */
    private long perCounty(ProvinceRegions regions, int threads, ToIntFunction<County> statement) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (County county : regions.counties()) {
                done.add(pool.submit(() -> statement.applyAsInt(county)));
            }
            long rows = 0;
            for (Future<Integer> f : done) {
                rows += f.get();
            }
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    /** Rows and size of each generated table, for the report. */
    void printTables() {
        jdbc.sql("""
                SELECT c.relname, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
                  FROM pg_class c
                 WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
                   AND c.relname IN ('school_school', 'registry_student', 'registry_household_member', 'award_award',
                                     'disbursement_batch', 'disbursement_payment', 'disbursement_bank_file',
                                     'disbursement_batch_contributor')
                 ORDER BY pg_total_relation_size(c.oid) DESC
                """)
                .query((rs, n) -> String.format(
                        Locale.ROOT, "TABLE %-32s %,12d rows %10s%n", rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list()
                .forEach(System.out::print);
    }
}
