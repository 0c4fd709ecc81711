package com.aidloop.demo;

import com.aidloop.award.ConfirmationLine;
import com.aidloop.award.ConfirmingAwards;
import com.aidloop.award.ImportingRoster;
import com.aidloop.award.RosterImportView;
import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.disbursement.RoundView;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.UploadedFile;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.spreadsheet.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the demo county the awards of one past term the way its aid centre would: a roster in
 * the import template's columns (saved as CSV), committed by the {@code county} account through the real import
 * ({@link ImportingRoster}), so the awards are exactly what an import writes and the import shows
 * in the county's list of imports. The students it aids for a difficulty are identified for the
 * term's school year first ({@link DemoIdentifications}), as its need-based awards require. The
 * awards of all schools but two are then confirmed, so that payout batches can be made from them.
 */
@Component
class DemoAwards {

    static final String FILE_NAME = "平江县" + DemoRoster.TERM.label() + "资助名单.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);
    private static final long SEED = 20260301L;

    /** The pay date of the demo's round of the vocational grant: two of its five installments are due. */
    static final LocalDate INSTALLMENTS_PAID_BY = LocalDate.of(2026, 4, 10);

    /** Schools whose awards stay unconfirmed, so that the confirmation page has work to show. */
    private static final int SCHOOLS_LEFT_UNCONFIRMED = 2;

    private final ProgrammeCatalogue catalogue;
    private final ImportingRoster importing;
    private final ConfirmingAwards confirming;
    private final ObjectProvider<PayoutRounds> rounds;
    private final DemoSpecialChannel specialChannel;
    private final DemoIdentifications identifications;

    /** The bank file template each issuing bank of the demo county takes (remembered as after an export). */
    static final Map<String, String> BANK_TEMPLATES = Map.of(
            "农村商业银行", "fixed",
            "中国邮政储蓄银行", "csv-gbk",
            "中国农业银行", "xlsx",
            "中国建设银行", "csv",
            "中国工商银行", "xlsx-plain");

    DemoAwards(
            ProgrammeCatalogue catalogue,
            ImportingRoster importing,
            ConfirmingAwards confirming,
            ObjectProvider<PayoutRounds> rounds,
            DemoSpecialChannel specialChannel,
            DemoIdentifications identifications) {
        this.catalogue = catalogue;
        this.identifications = identifications;
        this.importing = importing;
        this.confirming = confirming;
        this.rounds = rounds;
        this.specialChannel = specialChannel;
    }

    /**
     * Imports the roster of {@link DemoRoster#TERM} for the students just registered; a failed
     * import is logged and leaves the demo without awards, never stops the start.
     *
     * @param registryAutumnYear the autumn whose school year the students' grades belong to
     */
    void load(List<DemoRoster.SchoolStudents> schools, int registryAutumnYear, CurrentAccount county) {
        long started = System.nanoTime();
        List<List<Object>> rows =
                new DemoRoster(catalogue.asOf(DemoRoster.TERM, county.scope()), SEED, registryAutumnYear).rows(schools);
        Path file = null;
        try {
            specialChannel.approveForRoster(rows, county);
            identifications.identifyForRoster(rows, county);
            file = Files.createTempFile("aidloop-demo-roster", ".csv");
            write(file, rows);
            long written = System.nanoTime();
            Path roster = file;
            RosterImportView imported = importing.submit(
                    new UploadedFile(
                            FILE_NAME,
                            Files.size(file),
                            target -> Files.copy(roster, target, StandardCopyOption.REPLACE_EXISTING)),
                    DemoRoster.TERM,
                    ImportMode.COMMIT,
                    false,
                    county,
                    true);
            if (imported.status() == ImportStatus.COMMITTED) {
                log.info(
                        "Imported the demo county's awards of {}: {} awards, {} yuan, in {} ms (roster written in {} ms)",
                        DemoRoster.TERM.code(),
                        imported.awardsCreated() + imported.awardsUnchanged(),
                        imported.amountTotal().yuan(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        Duration.ofNanos(written - started).toMillis());
                confirm(county);
                payoutRound(county);
            } else {
                log.warn(
                        "The demo county's awards of {} were not imported: import {} is {} with {} errors ({})",
                        DemoRoster.TERM.code(),
                        imported.id(),
                        imported.status(),
                        imported.errors(),
                        imported.refusalMessage());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The demo county's awards of {} were not imported", DemoRoster.TERM.code(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Confirms the imported awards of all schools but the last few, school by school as the county
     * would, so that payout batches can be made from the demo; a refused school is logged and left.
     */
    private void confirm(CurrentAccount county) {
        List<Long> schools = confirming.overview(DemoRoster.TERM, county).stream()
                .map(ConfirmationLine::schoolId)
                .distinct()
                .sorted()
                .toList();
        int confirmed = 0;
        for (long school : schools.subList(0, Math.max(0, schools.size() - SCHOOLS_LEFT_UNCONFIRMED))) {
            try {
                confirming.confirm(new ConfirmingAwards.Request(DemoRoster.TERM, school, null, null), county);
                confirmed++;
            } catch (RuntimeException refused) {
                log.warn("The demo awards of school {} were not confirmed: {}", school, refused.getMessage());
            }
        }
        log.info(
                "Confirmed the demo awards of {} of {} schools for {}",
                confirmed,
                schools.size(),
                DemoRoster.TERM.code());
    }

    /**
     * A payout round of the term's living subsidies (生活补助) over the whole county made by
     * {@code county}, one batch per issuing bank with the bank's template, left waiting for
     * {@code county2}'s approval (待办 on the home page); then a round of the vocational grant, paid
     * monthly, that pays the installments due by {@link #INSTALLMENTS_PAID_BY} (第1/5期 and 第2/5期) and
     * leaves the later ones. A refusal is logged and leaves no round.
     */
    private void payoutRound(CurrentAccount county) {
        PayoutRounds rounds = this.rounds.getIfAvailable();
        if (rounds == null) {
            return; // a module test of award starts without disbursement
        }
        try {
            rounds.rememberTemplates(county.regionCode(), BANK_TEMPLATES, county.username());
            List<String> livingSubsidies = catalogue.asOf(DemoRoster.TERM, county.scope()).programmes().stream()
                    .map(p -> p.code())
                    .filter(code -> code.endsWith("LIVING_SUBSIDY"))
                    .toList();
            logRound(rounds.create(DemoRoster.TERM, livingSubsidies, List.of(), county));
            logRound(rounds.create(
                    DemoRoster.TERM,
                    List.of(DemoInstallments.VOCATIONAL_GRANT),
                    List.of(),
                    INSTALLMENTS_PAID_BY,
                    county));
        } catch (RuntimeException refused) {
            log.warn("The demo payout round was not made: {}", refused.getMessage());
        }
    }

    private static void logRound(RoundView round) {
        log.info(
                "Made the demo payout round {}: {} bank batches, {} payments, {} yuan",
                round.reference(),
                round.batches().size(),
                round.count(),
                round.amount().yuan());
    }

    /** A CSV in UTF-8, as Excel saves one: no workbook library to load at start. */
    private static void write(Path file, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                CsvWriter csv = CsvWriter.open(out, CsvEncoding.UTF8_WITH_BOM)) {
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
