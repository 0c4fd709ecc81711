package com.aidloop.programme;

import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.persistence.ProgrammeStore;
import com.aidloop.platform.ChinaTime;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme catalogue as imports and other modules read it. Take a {@link Catalogue} for a
 * term once, then resolve and check every row against it: it is an immutable, indexed snapshot.
 * Reading needs no permission here; pages and the API let every business role read.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

    /** Terms, school days and "as it stood on" dates are those of China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ProgrammeStore store;
    private final Clock clock;
    private final ChinaTime time;

    ProgrammeCatalogue(ProgrammeStore store, ObjectProvider<Clock> clock, ChinaTime time) {
        this.store = store;
        this.clock = clock.getIfUnique(() -> Clock.system(ZONE));
        this.time = time;
    }

    /** The catalogue for a term as it stands now. */
    public Catalogue asOf(Term term) {
        return asOf(term, now());
    }

    /**
     * The catalogue for a term as it stood at a past moment: what an import checked against then,
     * before later corrections were recorded.
     */
    public Catalogue asOf(Term term, Instant recordedAt) {
        return new Catalogue(term, recordedAt, store.all().stream()
                .filter(p -> p.knownAt(recordedAt))
                .map(p -> p.inForce(term, recordedAt))
                .toList());
    }

    /** Checks one row against the catalogue of its term; for many rows take {@link #asOf(Term)} once. */
    public StandardCheck check(String programme, String tier, Money amount, Stage stage, Term term) {
        return asOf(term).check(programme, tier, amount, stage);
    }

    /** A programme with its whole history of standards, corrections included. */
    public Optional<ProgrammeDetail> detail(String code) {
        return store.byCode(code).map(Programme::detail);
    }

    /** The term today falls in. */
    public Term currentTerm() {
        return time.currentTerm();
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a moment read back compares equal. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
