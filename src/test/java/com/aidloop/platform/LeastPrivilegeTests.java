package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform connects as a role that owns nothing: Flyway migrates as the owner, and the
 * platform can read and write rows, only add to the audit trail, and neither change the schema
 * nor switch off the trail's trigger. The embedded database makes both roles; the run against a
 * PostgreSQL server uses one configured user (docs/database-roles.md says how to split it).
 */
@SpringBootTest
class LeastPrivilegeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void onTheEmbeddedDatabase() {
        assumeTrue(
                context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable() != null,
                "one configured user on a server run");
    }

    @Test
    void thePlatformIsNoSuperuserAndOwnsNothingTheOwnerMigrated() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APP);
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relowner = current_user::regrole
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT installed_by FROM flyway_schema_history")
                        .query(String.class)
                        .list())
                .containsExactly(DatabaseRoles.OWNER);
    }

    @Test
    void itMayAddToTheAuditTrailButNeitherChangeNorEmptyIt() {
        trail.record(AuditRecord.of("UPDATE", "student", 1, "最小权限测试").by("county"));
        long id = jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();

        for (String change : new String[] {
            "UPDATE audit_event SET summary = 'x' WHERE id = " + id,
            "DELETE FROM audit_event WHERE id = " + id,
            "TRUNCATE audit_event"
        }) {
            assertThatThrownBy(() -> jdbc.sql(change).update())
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied for table audit_event");
        }
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("最小权限测试");
    }

    @Test
    void itCanNeitherSwitchOffTheTriggerNorChangeTheSchemaOrItsHistory() {
        assertThatThrownBy(() ->
                        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update())
                .rootCause()
                .hasMessageContaining("must be owner of table audit_event");
        assertThatThrownBy(() -> jdbc.sql("CREATE TABLE smuggled (note text)").update())
                .rootCause()
                .hasMessageContaining("permission denied for schema public");
        assertThatThrownBy(() -> jdbc.sql("DROP TABLE registry_student").update())
                .rootCause()
                .hasMessageContaining("must be owner of table registry_student");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM flyway_schema_history").update())
                .rootCause()
                .hasMessageContaining("permission denied for table flyway_schema_history");
    }
}
