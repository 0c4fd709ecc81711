package com.aidloop.roster.web;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.Downloads;
import com.aidloop.roster.ConfirmationForms;
import com.aidloop.roster.CountySummary;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.DocumentPack;
import com.aidloop.roster.RosterExports;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Sends the documents as files, for the pages and the API alike: the reader's scope and rights
 * first (403, 404 and 400 are decided before a byte is sent), then the audited workbook.
 */
@Component
class RosterDownloads {

    static final String XLSX = Downloads.XLSX;
    static final String ZIP = "application/zip";

    private final RosterReaders readers;
    private final CountySummary summaries;
    private final RosterExports exports;
    private final ConfirmationForms forms;
    private final Issuers issuers;
    private final DocumentPack pack;

    RosterDownloads(
            RosterReaders readers,
            CountySummary summaries,
            RosterExports exports,
            ConfirmationForms forms,
            Issuers issuers,
            DocumentPack pack) {
        this.pack = pack;
        this.readers = readers;
        this.summaries = summaries;
        this.exports = exports;
        this.forms = forms;
        this.issuers = issuers;
    }

    void summary(Term term, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        prepare(response, XLSX, issuers.of(scope).title(DocumentKind.SUMMARY, term, null) + ".xlsx");
        summaries.write(term, scope, body(response));
    }

    void roster(DocumentKind kind, Term term, RosterFilter filter, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(kind);
        String name = exports.fileName(kind, term, scope, filter) + ".xlsx";
        if (kind == DocumentKind.PER_PROGRAMME && filter.programmeCode() == null) {
            throw InvalidInput.of("programme", "roster.programme.required");
        }
        prepare(response, XLSX, name);
        exports.write(kind, term, scope, filter, body(response));
    }

    void everyProgramme(Term term, RosterFilter filter, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(DocumentKind.PER_PROGRAMME);
        String name = exports.fileName(DocumentKind.PER_PROGRAMME, term, scope, filter.withProgramme(null)) + ".zip";
        prepare(response, ZIP, name);
        exports.writeEveryProgramme(term, scope, filter.withProgramme(null), body(response));
    }

    void form(Term term, long schoolId, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        String name = forms.fileName(term, schoolId, scope) + ".xlsx";
        prepare(response, XLSX, name);
        forms.write(term, schoolId, scope, body(response));
    }

    void allForms(Term term, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        prepare(response, XLSX, issuers.of(scope).title(DocumentKind.CONFIRMATION_FORM, term, null) + ".xlsx");
        forms.writeAll(term, scope, body(response));
    }

    /** Every document at once; for readers who may read each of them. */
    void pack(Term term, HttpServletResponse response) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        for (DocumentKind kind : DocumentKind.values()) {
            readers.scopeFor(kind);
        }
        prepare(response, ZIP, pack.name(term, scope) + ".zip");
        pack.write(term, scope, body(response));
    }

    private static void prepare(HttpServletResponse response, String contentType, String fileName) {
        Downloads.attachment(response, contentType, fileName);
    }

    private static java.io.OutputStream body(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
