package com.aidloop.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo county once, on a trial installation (the embedded database) or in the
 * {@code demo} profile. A production database never gets demo data or demo accounts.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoRegistration registration;
    private final DemoAwards awards;
    private final DemoMoney money;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DemoInstallation installation;

    DemoDataLoader(
            DemoRegistration registration,
            DemoAwards awards,
            DemoMoney money,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            DemoInstallation installation) {
        this.registration = registration;
        this.awards = awards;
        this.money = money;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.installation = installation;
    }

    /**
     * Registers the county's students in one transaction, then imports their awards of a past term
     * through the roster import, which needs the students committed first. Only the start that
     * registered the students imports the awards: a restart finds {@code demo_load} and does nothing.
     */
    // after DemoInstallments (the schedule), before every listener that needs the students
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!installation.wanted()) {
            return;
        }
        DemoRegistration.Registered loaded = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-demo'))")
                    .query()
                    .singleValue();
            if (jdbc.sql("SELECT count(*) FROM demo_load").query(Long.class).single() > 0) {
                return null;
            }
            long started = System.nanoTime();
            DemoRegistration.Registered students =
                    registration.register(installation.autumnYear(), installation.today());
            jdbc.sql("INSERT INTO demo_load (county_code, students) VALUES (:county, :students)")
                    .param("county", DemoCounty.CODE)
                    .param("students", students.count())
                    .update();
            log.info(
                    "Loaded the demo county {} with {} students in {} ms",
                    DemoCounty.CODE,
                    students.count(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return students;
        });
        if (loaded != null) {
            awards.load(loaded.schools(), installation.autumnYear(), loaded.county());
            money.load(loaded);
        }
    }
}
