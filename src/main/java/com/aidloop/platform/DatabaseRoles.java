package com.aidloop.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Least privilege (docs/database-roles.md). The schema belongs to an owner role that only Flyway
 * uses; the platform connects as a role that reads and writes rows, may only add to the audit
 * trail, and owns nothing, so it can neither change the schema nor switch off the audit
 * trigger. The grants are renewed after every migration ({@code afterMigrate.sql}), for the
 * tables that migration added too. The embedded database makes both roles itself; a production
 * database names its owner with {@code AIDLOOP_DB_OWNER_USER}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

    static final String OWNER = "aidloop_owner";
    static final String APP = "aidloop_app";

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(
            ObjectProvider<EmbeddedPostgres> embedded,
            @Value("${spring.datasource.url:}") String url,
            @Value("${spring.datasource.username:}") String appUser,
            @Value("${aidloop.db.owner-user:}") String ownerUser,
            @Value("${aidloop.db.owner-password:}") String ownerPassword) {
        return flyway -> {
            EmbeddedPostgres postgres = embedded.getIfAvailable();
            if (postgres != null) {
                flyway.dataSource(postgres.getJdbcUrl(OWNER, "postgres"), OWNER, "");
                flyway.placeholders(Map.of("approle", APP));
            } else if (!ownerUser.isBlank()) {
                flyway.dataSource(url, ownerUser, ownerPassword);
                flyway.placeholders(Map.of("approle", appUser));
            } else {
                flyway.placeholders(Map.of("approle", ""));
            }
        };
    }

    /**
     * Makes the two roles in a fresh or existing embedded cluster (as its superuser) and hands
     * the schema, with whatever an earlier version created as the superuser, to the owner.
     */
    static void ensureEmbedded(DataSource superuser) {
        try (Connection connection = superuser.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s LOGIN; END IF;
                    END $$;
                    ALTER SCHEMA public OWNER TO %1$s;
                    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                    DO $$
                    DECLARE
                        r record;
                    BEGIN
                        FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                                  WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                                    AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                                    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
                            EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                                    CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                                   ELSE 'TABLE' END, r.name);
                        END LOOP;
                        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                  WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole LOOP
                            EXECUTE format('ALTER FUNCTION %%s OWNER TO %1$s', r.name);
                        END LOOP;
                    END $$;
                    """.formatted(OWNER, APP));
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded database's roles", e);
        }
    }
}
