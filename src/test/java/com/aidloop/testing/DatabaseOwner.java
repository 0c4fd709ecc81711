package com.aidloop.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an administrator, not the platform, can do to the database: tests that tamper with the
 * audit trail or drop an index behind the platform's back. On the embedded database that is its
 * superuser (the platform's own role may not); on a server run the configured user.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {}

    public static JdbcClient jdbc(ApplicationContext context) {
        EmbeddedPostgres embedded =
                context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
        return JdbcClient.create(embedded == null ? context.getBean(DataSource.class) : embedded.getPostgresDatabase());
    }
}
