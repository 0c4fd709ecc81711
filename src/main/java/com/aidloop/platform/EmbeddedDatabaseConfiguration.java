package com.aidloop.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no database URL is configured, so
 * that a new user runs the platform with one command. Its data lives under the data folder and
 * survives restarts; tests ask for a throw-away cluster instead. The platform connects as the
 * application role, Flyway as the owner ({@link DatabaseRoles}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${aidloop.data-dir}") Path dataDir,
            @Value("${aidloop.embedded-db.ephemeral:false}") boolean ephemeral)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (!ephemeral) {
            Path cluster = dataDir.resolve("postgres");
            Files.createDirectories(cluster);
            OrphanedDatabase.stopIfRunning(cluster, ORPHAN_STOP_WAIT)
                    .ifPresent(pid -> log.warn(
                            "上次未正常退出，其内置数据库（进程 {}）仍在运行，已将其停止并重新启动。The embedded PostgreSQL left by a killed platform (pid {}) was stopped.",
                            pid,
                            pid));
            builder.setDataDirectory(cluster).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        DatabaseRoles.ensureEmbedded(postgres.getPostgresDatabase());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.APP, "postgres"));
        dataSource.setUsername(DatabaseRoles.APP);
        dataSource.setPoolName("aidloop-embedded");
        dataSource.setMaximumPoolSize(10);
        // JDBC batches become multi-row INSERTs: bulk registration and imports write 2-3 times faster
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    @Bean
    EmbeddedDatabaseInUse embeddedDatabaseInUse() {
        return new EmbeddedDatabaseInUse();
    }
}
