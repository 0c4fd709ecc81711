package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.comparison.domain.PersonId;
import com.aidloop.comparison.importing.PersonKeys;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load path at more than a chunk of rows: rows checked and indexed by worker threads, sent in
 * file order through one open COPY, problems written between COPYs. A load whose database
 * connection dies half-way leaves nothing of the new list, and the current list stands. Each test
 * imports for a county of its own.
 */
@SpringBootTest
class ListLoadTests {

    private static final ListUpload PAYROLL =
            new ListUpload("PUBLIC_PAYROLL", "县财政局", LocalDate.of(2026, 10, 31), ColumnMapping.none());

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLongListWithManyBadRowsKeepsEveryGoodRowAndReportsEveryBadOneByRowAndColumn() throws Exception {
        int rows = 10_000;
        // every seventh person's check digit is wrong: 1,429 problems, more than one batch between COPYs
        Path file = payroll(rows, i -> i % 7 == 0);
        CurrentAccount county = ListFiles.countyStaff("439811");

        ListImportResult result = importing.submit(ListFiles.upload(file, "财政供养人员.csv"), PAYROLL, county);

        int bad = (rows + 6) / 7;
        DepartmentListView list = result.list();
        assertThat(list.rowsRead()).isEqualTo(rows);
        assertThat(list.rowsSkipped()).isEqualTo(bad);
        assertThat(list.persons()).isEqualTo(rows - bad);
        Paged<ImportProblem> problems = importing.problems(list.id(), county, new Paging(0, 20));
        assertThat(problems.totalElements()).isEqualTo(bad);
        // file row 2 is the first person (i = 0), and every seventh after it
        assertThat(problems.content().getFirst().row()).isEqualTo(2);
        assertThat(problems.content().getFirst().column()).isEqualTo("身份证号码");
        assertThat(problems.content().get(1).row()).isEqualTo(9);
        List<Integer> kept = jdbc.sql("SELECT row_number FROM comparison_list_person WHERE list_id = :id ORDER BY 1")
                .param("id", list.id())
                .query(Integer.class)
                .list();
        assertThat(kept).hasSize(rows - bad).doesNotContain(2, 9).contains(3, 8, rows + 1);
        // the persons are the registry's blind index of each ID, never the ID itself
        String firstKept = jdbc.sql(
                        "SELECT id_index FROM comparison_list_person WHERE list_id = :id AND row_number = 3")
                .param("id", list.id())
                .query(String.class)
                .single();
        assertThat(firstKept).isEqualTo(sensitive.blindIndex(SensitiveKind.ID_NUMBER, idNumber(1)));
    }

    @Test
    void aLoadWhoseConnectionDiesHalfWayLeavesNothingOfTheNewListAndTheCurrentOneStands() throws Exception {
        CurrentAccount county = ListFiles.countyStaff("439812");
        DepartmentListView current = importing
                .submit(ListFiles.upload(payroll(50, i -> false), "旧名单.csv"), PAYROLL, county)
                .list();
        Path file = payroll(40_000, i -> false);
        AtomicInteger indexed = new AtomicInteger();
        PersonKeys killing = new PersonKeys() {
            @Override
            public String read(String cell) {
                return PersonId.read(cell);
            }

            @Override
            public String index(String key) {
                if (indexed.incrementAndGet() == 20_000) {
                    killTheCopyOnceRowsAreStored();
                }
                return sensitive.blindIndex(SensitiveKind.ID_NUMBER, key);
            }
        };

        assertThatThrownBy(() -> importing.submit(ListFiles.upload(file, "新名单.csv"), PAYROLL, county, killing))
                .isInstanceOf(RuntimeException.class);

        assertThat(jdbc.sql("SELECT id FROM comparison_list WHERE region_code = '439812'")
                        .query(Long.class)
                        .list())
                .containsExactly(current.id());
        assertThat(importing.list(current.id(), county).current()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM comparison_list_person WHERE list_id = :id")
                        .param("id", current.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM comparison_list_person p
                         WHERE p.list_id > :id AND NOT EXISTS (SELECT 1 FROM comparison_list l WHERE l.id = p.list_id)
                        """).param("id", current.id()).query(Integer.class).single())
                .as("no person of the list that was being loaded survives")
                .isZero();
    }

    /** Waits until the import's COPY has stored rows, then ends its server process. */
    private void killTheCopyOnceRowsAreStored() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Integer> copying = jdbc.sql("""
                    SELECT a.pid FROM pg_stat_activity a JOIN pg_stat_progress_copy c ON c.pid = a.pid
                     WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
                       AND a.query LIKE '%COPY comparison_list_person%' AND c.tuples_processed > 0
                    """).query(Integer.class).optional();
            if (copying.isPresent()) {
                jdbc.sql("SELECT pg_terminate_backend(:pid)")
                        .param("pid", copying.get())
                        .query((rs, n) -> 1)
                        .list();
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the import's COPY never stored a row");
    }

    /** A CSV of 财政供养人员, one person per row (file rows 2 …), person i's check digit wrong where asked. */
    private static Path payroll(int rows, IntPredicate wrongCheckDigit) throws Exception {
        Path file = Files.createTempFile("payroll-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,身份证号码,工作单位\n");
            for (int i = 0; i < rows; i++) {
                String id = idNumber(i);
                if (wrongCheckDigit.test(i)) {
                    id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
                }
                out.write("职工" + i + "," + id + ",县直单位" + (i % 40) + "\n");
            }
        }
        return file;
    }

    private static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 500);
        String first17 = "439901" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(Locale.ROOT, "%03d", i % 500 + 1);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
