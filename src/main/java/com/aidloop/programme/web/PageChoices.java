package com.aidloop.programme.web;

import com.aidloop.programme.Catalogue;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.domain.NameKey;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Locale;

/** Reading the list filters leniently (a bad value means "any") and the term choices of the forms. */
final class PageChoices {

    /** The catalogue's seeded history begins here; earlier terms are offered for programmes that start earlier. */
    static final Term FIRST_OFFERED = new Term(2011, Term.Semester.AUTUMN);

    private PageChoices() {}

    static Stage stageOrNull(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Stage.parse(raw);
        } catch (InvalidValue unknown) {
            return null;
        }
    }

    static Term termOr(String raw, Term fallback) {
        try {
            return raw == null || raw.isBlank() ? fallback : Term.parse(raw);
        } catch (InvalidValue unknown) {
            return fallback;
        }
    }

    /** Terms from two years ahead back to 2011 autumn, newest first. */
    static List<Term> terms(Term current) {
        return Term.newestFirst(FIRST_OFFERED, current.around(0, 4).getFirst());
    }

    /** The programmes of a stage whose name, alias or code contains the query, one page of them. */
    static Paged<ProgrammeInForce> search(Catalogue catalogue, String q, Stage stage, Paging paging) {
        String key = NameKey.of(q);
        String code = Text.compact(q).toUpperCase(Locale.ROOT);
        List<ProgrammeInForce> matching = catalogue.programmes().stream()
                .filter(p -> stage == null || p.appliesTo(stage))
                .filter(p -> key.isEmpty() || p.code().contains(code) || named(p, key))
                .toList();
        int from = (int) Math.min(paging.offset(), matching.size());
        int to = Math.min(from + paging.size(), matching.size());
        return Paged.of(matching.subList(from, to), matching.size(), paging);
    }

    private static boolean named(ProgrammeInForce p, String key) {
        return NameKey.of(p.name()).contains(key)
                || p.programme().aliases().stream().anyMatch(a -> NameKey.of(a).contains(key));
    }
}
