package com.aidloop.roster;

import com.aidloop.iam.DataScope;
import com.aidloop.roster.documents.ConfirmationForm;
import com.aidloop.roster.documents.ConfirmationFormLayout;
import com.aidloop.roster.documents.FormBook;
import com.aidloop.roster.documents.FormWorkbook;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.reading.AwardFeed;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Signatures;
import com.aidloop.shared.Term;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Each school's fund confirmation form (学校学生资助资金确认表), added up from the school's awards
 * of the term programme by programme, as a page and as a workbook with one sheet per school.
 */
@Service
public class ConfirmationForms {

    private final RosterSource source;
    private final ExportAudit audit;

    ConfirmationForms(RosterSource source, ExportAudit audit) {
        this.source = source;
        this.audit = audit;
    }

    /** The form of one school the scope covers; {@link RosterNotFound} for any other. */
    public ConfirmationForm forSchool(Term term, long schoolId, DataScope scope) {
        SchoolView school = source.school(schoolId, scope);
        ConfirmationForm.Builder form = new ConfirmationForm.Builder(school.id(), school.code(), school.name());
        RowNames names = source.names(term, scope);
        try (AwardFeed feed = source.feed(term, DataScope.school(school.id()))) {
            feed.forEachRemaining(line -> form.add(line, names.programme(line)));
        }
        return form.build(term, source.issuers().countyOf(school))
                .signed(source.signatures(term, scope, new RosterFilter(null, school.id())));
    }

    /** The forms of every school with awards inside the scope, in school-code order; one read of the awards. */
    public List<ConfirmationForm> all(Term term, DataScope scope) {
        FormBook book = new FormBook(source.names(term, scope));
        try (AwardFeed feed = source.feed(term, scope)) {
            feed.forEachRemaining(book::add);
        }
        return signed(term, book, scope);
    }

    /**
     * The forms gathered in a book, each with its county's signature line as the single-school
     * form has it: who imported and who confirmed that school's awards, and the centre's head.
     */
    List<ConfirmationForm> signed(Term term, FormBook book, DataScope scope) {
        Map<Long, Signatures> signatures = source.signaturesBySchool(term, scope);
        return forms(term, book).stream()
                .map(form -> form.signed(signatures.get(form.schoolId())))
                .toList();
    }

    /** The forms gathered in a book, each naming the county of its school. */
    List<ConfirmationForm> forms(Term term, FormBook book) {
        Map<Long, SchoolView> schools = source.schools(book.schoolIds());
        Map<String, String> countyNames = new HashMap<>();
        return book.forms(term, id -> Optional.ofNullable(schools.get(id))
                .map(s -> countyNames.computeIfAbsent(s.countyCode(), source.issuers()::regionName))
                .orElse(""));
    }

    /** The name a download of one school's form offers, e.g. 平江县三市镇中心小学2026年秋季学期学生资助资金确认表. */
    public String fileName(Term term, long schoolId, DataScope scope) {
        return source.school(schoolId, scope).name() + term.label() + "学生资助资金确认表";
    }

    /** One school's form as a workbook; audited. */
    public void write(Term term, long schoolId, DataScope scope, OutputStream out) {
        ConfirmationForm form = forSchool(term, schoolId, scope);
        audit.exported(
                DocumentKind.CONFIRMATION_FORM,
                term,
                scope,
                source.issuers().of(scope).name(),
                null,
                form.schoolName());
        FormWorkbook.write(List.of(ConfirmationFormLayout.table(form)), out);
    }

    /** Every school's form in one workbook, a sheet each; audited. */
    public void writeAll(Term term, DataScope scope, OutputStream out) {
        audit.exported(
                DocumentKind.CONFIRMATION_FORM,
                term,
                scope,
                source.issuers().of(scope).name(),
                null,
                "全部");
        FormWorkbook.write(
                all(term, scope).stream().map(ConfirmationFormLayout::table).toList(), out);
    }
}
