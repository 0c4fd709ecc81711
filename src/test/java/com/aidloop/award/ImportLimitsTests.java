package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Imports under small limits, so that the limits can be met with small files: rows are written
 * in chunks of two, so a commit refused at its sixth row has written rows already, in its one
 * transaction; the refusal rolls all of it back.
 */
@SpringBootTest
@TestPropertySource(
        properties = {
            "aidloop.roster-import.max-rows=5",
            "aidloop.roster-import.max-file-size=60KB",
            "aidloop.roster-import.chunk-rows=2",
            "aidloop.roster-import.synchronous-max-size=1KB"
        })
class ImportLimitsTests {

    private static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);

    @Autowired
    ImportingRoster importing;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aCommitRefusedPastTheRowLimitLeavesNothingOfTheRowsItHadWritten() {
        List<Rosters.Line> lines = Rosters.pupils(6);

        RosterImportView view = finished(importing.submit(
                Rosters.upload(Rosters.xlsx(dir.resolve("six.xlsx"), lines)),
                AUTUMN_2026,
                ImportMode.COMMIT,
                false,
                Rosters.countyStaff(),
                true));

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).contains("5行的上限");
        for (Rosters.Line line : lines) {
            assertThat(jdbc.sql("SELECT count(*) FROM award_award WHERE id_number_masked = :m AND student_name = :n")
                            .param("m", com.aidloop.shared.Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                            .param("n", line.get(RosterColumn.STUDENT_NAME))
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM registry_student WHERE id_number_masked = :m AND name = :n")
                            .param("m", com.aidloop.shared.Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                            .param("n", line.get(RosterColumn.STUDENT_NAME))
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        List<Rosters.Line> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(Rosters.pupil("学生" + i).set(RosterColumn.REMARK, "x".repeat(2000) + i));
        }
        Path big = Rosters.csv(dir.resolve("big.csv"), many, com.aidloop.spreadsheet.CsvEncoding.UTF8_WITH_BOM);

        RosterImportView view = finished(importing.submit(
                Rosters.upload(big), AUTUMN_2026, ImportMode.VALIDATE, false, Rosters.countyStaff(), true));

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).contains("big.csv", "超过了", "上限");
    }

    @Test
    void runsAFileOverTheSynchronousSizeInTheBackground() {
        RosterImportView started = importing.submit(
                Rosters.upload(Rosters.xlsx(dir.resolve("bg.xlsx"), Rosters.pupils(2))),
                AUTUMN_2026,
                ImportMode.VALIDATE,
                false,
                Rosters.countyStaff(),
                true);

        assertThat(started.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(finished(started).status()).isEqualTo(ImportStatus.VALIDATED);
    }

    private RosterImportView finished(RosterImportView view) {
        for (int i = 0; i < 400 && !view.status().finished(); i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            view = importing.get(view.id(), Rosters.countyStaff().scope());
        }
        return view;
    }
}
