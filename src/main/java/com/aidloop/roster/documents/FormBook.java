package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.shared.Term;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Gathers a term's awards school by school into their fund confirmation forms while the awards are read. */
public final class FormBook {

    private final Map<Long, ConfirmationForm.Builder> schools = new LinkedHashMap<>();
    private final RowNames names;

    public FormBook(RowNames names) {
        this.names = names;
    }

    public void add(AwardLine line) {
        schools.computeIfAbsent(
                        line.schoolId(), id -> new ConfirmationForm.Builder(id, line.schoolCode(), line.schoolName()))
                .add(line, names.programme(line));
    }

    public Set<Long> schoolIds() {
        return schools.keySet();
    }

    /** Every school's form, in school-code order; {@code countyOf} names the county that confirms a school's form. */
    public List<ConfirmationForm> forms(Term term, Function<Long, String> countyOf) {
        return schools.entrySet().stream()
                .map(e -> e.getValue().build(term, countyOf.apply(e.getKey())))
                .sorted(Comparator.comparing(ConfirmationForm::schoolCode))
                .toList();
    }
}
