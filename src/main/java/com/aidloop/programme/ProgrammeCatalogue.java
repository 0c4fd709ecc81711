package com.aidloop.programme;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.persistence.ProgrammeStore;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme catalogue as imports and other modules read it. Take a {@link Catalogue} for a
 * term once, then resolve and check every row against it: it is an immutable, indexed snapshot.
 * Every read names the scope it is made for: the national programmes, those of the scope's
 * province and county, and (for a province or city) those of the counties inside it. For an
 * account of a county or below, or an import made for one, that is exactly the catalogue in
 * force there; another county's programmes are never in it. Reading needs no permission here;
 * pages and the API let every business role read.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

    private final ProgrammeStore store;
    private final ChinaTime time;

    ProgrammeCatalogue(ProgrammeStore store, ChinaTime time) {
        this.store = store;
        this.time = time;
    }

    /** Terms, school days and "as it stood on" dates are read in the display zone (China time). */
    public ZoneId zone() {
        return time.zone();
    }

    /** The catalogue the scope sees for a term, as it stands now. */
    public Catalogue asOf(Term term, DataScope scope) {
        return asOf(term, now(), scope);
    }

    /**
     * The catalogue the scope sees for a term as it stood at a past moment: what an import
     * checked against then, before later corrections were recorded.
     */
    public Catalogue asOf(Term term, Instant recordedAt, DataScope scope) {
        return new Catalogue(
                term,
                recordedAt,
                store.all(scope).stream()
                        .filter(p -> p.knownAt(recordedAt))
                        .map(p -> p.inForce(term, recordedAt))
                        .toList());
    }

    /** Checks one row against the catalogue of its term in the scope; for many rows take {@link #asOf(Term, DataScope)} once. */
    public StandardCheck check(String programme, String tier, Money amount, Stage stage, Term term, DataScope scope) {
        return asOf(term, scope).check(programme, tier, amount, stage);
    }

    /** A programme the scope sees, with its whole history of standards, corrections included. */
    public Optional<ProgrammeDetail> detail(String code, DataScope scope) {
        return store.byCode(code, scope).map(Programme::detail);
    }

    /** The term today falls in. */
    public Term currentTerm() {
        return time.currentTerm();
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a moment read back compares equal. */
    Instant now() {
        return time.now().truncatedTo(ChronoUnit.MICROS);
    }
}
