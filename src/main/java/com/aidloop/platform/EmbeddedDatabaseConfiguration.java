package com.aidloop.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no database URL is configured, so
 * that a new user runs the platform with one command. Its data lives under the data folder and
 * survives restarts; tests ask for a throw-away cluster instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

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
            builder.setDataDirectory(cluster).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
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
