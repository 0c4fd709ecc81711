package com.aidloop.platform;

import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A database migrated by a newer Aidloop is refused at start, in one line: an older platform
 * would read and write a schema it does not know (Flyway by default lets that pass silently).
 */
@Configuration(proxyBeanMethods = false)
class NewerSchema {

    @Bean
    FlywayMigrationStrategy refuseNewerSchema() {
        return flyway -> {
            MigrationInfoService info = flyway.info();
            Optional<MigrationInfo> newest =
                    Arrays.stream(info.applied()).filter(NewerSchema::isFuture).reduce((a, b) -> b);
            if (newest.isPresent()) {
                String known = Arrays.stream(info.all())
                        .filter(m -> m.getVersion() != null && !isFuture(m))
                        .reduce((a, b) -> b)
                        .map(m -> m.getVersion().toString())
                        .orElse("0");
                throw new SchemaTooNew(newest.get().getVersion().toString(), known);
            }
            flyway.migrate();
        };
    }

    /** Applied by a newer platform: this one has no such migration. */
    private static boolean isFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS
                || migration.getState() == MigrationState.FUTURE_FAILED;
    }

    /** The database's schema version is newer than the newest migration this platform has. */
    static final class SchemaTooNew extends IllegalStateException {

        final String database;
        final String platform;

        SchemaTooNew(String database, String platform) {
            super("the database's schema is at version " + database + ", this platform knows versions up to "
                    + platform);
            this.database = database;
            this.platform = platform;
        }
    }

    /** One line, what is wrong and what to do. */
    static final class Analyzer extends AbstractFailureAnalyzer<SchemaTooNew> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, SchemaTooNew cause) {
            return new FailureAnalysis(
                    "数据库由更新版本的 Aidloop 升级过（数据库结构版本 " + cause.database + "，本程序最高 " + cause.platform
                            + "）(the database is newer than this platform): " + cause.getMessage(),
                    "请启动与该数据库相同或更新版本的 Aidloop；不要用旧版本程序连接升级过的数据库。See docs/deploying.md (upgrades).",
                    cause);
        }
    }
}
