package com.aidloop.demo;

import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.EmbeddedDatabaseInUse;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether this installation gets the demo county (a trial on the embedded database, or the
 * {@code demo} profile; a production database never does), and the day and school year the demo
 * is set in, read from the platform's clock in the display zone.
 */
@Component
class DemoInstallation {

    private final boolean wanted;
    private final ChinaTime time;

    DemoInstallation(Environment environment, ObjectProvider<EmbeddedDatabaseInUse> embedded, ChinaTime time) {
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
        this.time = time;
    }

    boolean wanted() {
        return wanted;
    }

    LocalDate today() {
        return time.today();
    }

    /** The autumn term now running or last run: students' grades fit today's school year. */
    int autumnYear() {
        return time.currentTerm().schoolYearTerms().getFirst().year();
    }
}
