package com.aidloop.region;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled division files into {@code region_division} with PostgreSQL COPY. Each load
 * runs in one transaction (joining the caller's, if any) under an advisory lock, so that several
 * copies of the platform starting at once load the tree exactly once.
 */
@Component
class DivisionLoader {

    /** Advisory lock class of this module; the object is 0 for the tree, the county code for its villages. */
    private static final int LOCK_CLASS = 0x5245_4749;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    DivisionLoader(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Loads provinces down to townships when the table is empty; returns the rows loaded (0 if none). */
    int loadTreeIfEmpty() {
        return transaction.execute(status -> {
            lock(0);
            boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_division)")
                    .query(Boolean.class)
                    .single();
            return loaded ? 0 : copy(DivisionFiles::writeTree);
        });
    }

    /** Replaces the villages of a county with those of the bundled file; returns how many. */
    int loadVillages(String countyCode) {
        return transaction.execute(status -> {
            lock(Integer.parseInt(countyCode));
            requireCounty(countyCode);
            jdbc.sql("""
                    DELETE FROM region_division
                     WHERE level = 5 AND code LIKE :prefix
                    """).param("prefix", countyCode + "%").update();
            int villages = copy(copy -> DivisionFiles.writeVillages(countyCode, copy));
            jdbc.sql("""
                    INSERT INTO region_village_load (county_code, village_count, loaded_at)
                    VALUES (:county, :villages, now())
                    ON CONFLICT (county_code)
                    DO UPDATE SET village_count = excluded.village_count, edition = excluded.edition,
                                  loaded_at = excluded.loaded_at
                    """)
                    .param("county", countyCode)
                    .param("villages", villages)
                    .update();
            return villages;
        });
    }

    /** Loads the villages of a county unless they are loaded already; returns how many were loaded. */
    int loadVillagesUnlessLoaded(String countyCode) {
        return transaction.execute(status -> {
            lock(Integer.parseInt(countyCode));
            boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_village_load WHERE county_code = :county)")
                    .param("county", countyCode)
                    .query(Boolean.class)
                    .single();
            return loaded ? 0 : loadVillages(countyCode);
        });
    }

    private void requireCounty(String countyCode) {
        boolean county = jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_division WHERE code = :code AND level = 3)")
                .param("code", countyCode)
                .query(Boolean.class)
                .single();
        if (!county) {
            throw UnknownRegion.county(countyCode);
        }
    }

    private void lock(int object) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, :object)")
                .param("lockClass", LOCK_CLASS)
                .param("object", object)
                .query((rs, row) -> 1)
                .single();
    }

    /** Streams rows into COPY on the transaction's connection; returns what the writer reports. */
    private int copy(ToIntFunction<Writer> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        PGCopyOutputStream out = null;
        try {
            out = new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class),
                    "COPY region_division (code, name, level, parent_code) FROM STDIN",
                    1 << 16);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            int count = rows.applyAsInt(writer);
            writer.close();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into region_division failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into region_division failed", e);
        } finally {
            cancelIfActive(out);
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void cancelIfActive(PGCopyOutputStream out) {
        if (out != null && out.isActive()) {
            try {
                out.cancelCopy();
            } catch (SQLException e) {
                // the transaction rolls back anyway; the original failure is what matters
            }
        }
    }
}
