package com.aidloop.demo;

import com.aidloop.award.ImportMode;
import com.aidloop.award.ImportStatus;
import com.aidloop.award.ImportingRoster;
import com.aidloop.award.RosterImportView;
import com.aidloop.award.UploadedFile;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.spreadsheet.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the demo county the awards of one past term the way its aid centre would: a roster in
 * the import template's columns (saved as CSV), committed by the {@code county} account through the real import
 * ({@link ImportingRoster}), so the awards are exactly what an import writes and the import shows
 * in the county's list of imports.
 */
@Component
class DemoAwards {

    static final String FILE_NAME = "平江县" + DemoRoster.TERM.label() + "资助名单.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);
    private static final long SEED = 20260301L;

    private final ProgrammeCatalogue catalogue;
    private final ImportingRoster importing;

    DemoAwards(ProgrammeCatalogue catalogue, ImportingRoster importing) {
        this.catalogue = catalogue;
        this.importing = importing;
    }

    /**
     * Imports the roster of {@link DemoRoster#TERM} for the students just registered; a failed
     * import is logged and leaves the demo without awards, never stops the start.
     *
     * @param registryAutumnYear the autumn whose school year the students' grades belong to
     */
    void load(List<DemoRoster.SchoolStudents> schools, int registryAutumnYear, CurrentAccount county) {
        long started = System.nanoTime();
        List<List<Object>> rows = new DemoRoster(catalogue.asOf(DemoRoster.TERM), SEED, registryAutumnYear).rows(schools);
        Path file = null;
        try {
            file = Files.createTempFile("aidloop-demo-roster", ".csv");
            write(file, rows);
            long written = System.nanoTime();
            Path roster = file;
            RosterImportView imported = importing.submit(
                    new UploadedFile(FILE_NAME, Files.size(file), target -> Files.copy(roster, target, StandardCopyOption.REPLACE_EXISTING)),
                    DemoRoster.TERM, ImportMode.COMMIT, false, county, true);
            if (imported.status() == ImportStatus.COMMITTED) {
                log.info("Imported the demo county's awards of {}: {} awards, {} yuan, in {} ms (roster written in {} ms)",
                        DemoRoster.TERM.code(), imported.awardsCreated() + imported.awardsUnchanged(), imported.amountTotal().yuan(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis(), Duration.ofNanos(written - started).toMillis());
            } else {
                log.warn("The demo county's awards of {} were not imported: import {} is {} with {} errors ({})",
                        DemoRoster.TERM.code(), imported.id(), imported.status(), imported.errors(), imported.refusalMessage());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The demo county's awards of {} were not imported", DemoRoster.TERM.code(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** A CSV in UTF-8, as Excel saves one: no workbook library to load at start. */
    private static void write(Path file, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); CsvWriter csv = CsvWriter.open(out, CsvEncoding.UTF8_WITH_BOM)) {
            csv.writeRow(DemoRoster.HEADERS);
            rows.forEach(csv::writeRow);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete the demo roster {}", file, e);
        }
    }
}
