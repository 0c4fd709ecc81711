package com.aidloop.demo;

import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.shared.Term;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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
    private final boolean wanted;

    DemoDataLoader(
            DemoRegistration registration,
            DemoAwards awards,
            DemoMoney money,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Environment environment,
            ObjectProvider<EmbeddedDatabaseInUse> embedded) {
        this.registration = registration;
        this.awards = awards;
        this.money = money;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
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
        if (!wanted) {
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
            DemoRegistration.Registered students = registration.register(autumnYear());
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
            awards.load(loaded.schools(), autumnYear(), loaded.county());
            money.load(loaded);
        }
    }

    /** The autumn term now running or last run: students' grades fit today's school year. */
    private static int autumnYear() {
        return Term.of(LocalDate.now()).schoolYearTerms().getFirst().year();
    }
}
