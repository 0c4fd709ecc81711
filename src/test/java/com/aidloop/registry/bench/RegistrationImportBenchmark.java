package com.aidloop.registry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.ImportingStudents;
import com.aidloop.registry.RegistrationFiles;
import com.aidloop.registry.StudentImportView;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The student-registration import of a generated county list (bench/registration-import.sh): the
 * system's layout, 100 schools, each student with father (guardian, phone) and mother. Validates
 * and commits the list of students never seen (every row registers a student and two members),
 * then validates and commits the same list again (every row matched and found unchanged). Prints
 * the seconds from upload to finished import. Tagged "benchmark": left out of the default run.
 */
@SpringBootTest
@Tag("benchmark")
class RegistrationImportBenchmark {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    ImportingStudents importing;

    @Autowired
    SchoolManagement schools;

    @Autowired
    RegionManagement regions;

    @Test
    void importsAGeneratedCountyList() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path file = list(rows, Path.of("target/bench"));
        System.out.printf(Locale.ROOT, "generated %d rows, %.1f MB%n", rows, Files.size(file) / 1048576.0);
        run("new-students", "validate", file, ImportMode.VALIDATE);
        StudentImportView created = run("new-students", "commit", file, ImportMode.COMMIT);
        assertThat(created.studentsCreated()).isEqualTo(rows);
        run("registered-students", "validate", file, ImportMode.VALIDATE);
        StudentImportView again = run("registered-students", "commit", file, ImportMode.COMMIT);
        assertThat(again.nothingChanged()).isTrue();
    }

    private StudentImportView run(String round, String mode, Path file, ImportMode chosen) {
        long start = System.nanoTime();
        StudentImportView view =
                importing.submit(RegistrationFiles.upload(file), chosen, RegistrationFiles.countyStaff());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(view.errors()).as("errors of %s %s", round, mode).isZero();
        assertThat(view.status()).isNotEqualTo(ImportStatus.REFUSED);
        System.out.printf(
                Locale.ROOT,
                "RESULT %s %s rows=%d seconds=%.2f created=%d unchanged=%d heapMB=%d%n",
                round,
                mode,
                view.rowsRead(),
                seconds,
                view.studentsCreated(),
                view.studentsUnchanged(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576);
        return view;
    }

    private Path list(int rows, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Region> townships = regions.children("430626");
        List<SchoolView> opened = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Region township = townships.get(i % townships.size());
            opened.add(schools.open(
                    SchoolFixtures.primarySchool("平江县" + township.name() + "基准测试" + i + "号小学", township.code()),
                    SchoolFixtures.county()));
        }
        Path file = dir.resolve("registration-" + rows + ".xlsx");
        List<Column> columns =
                RegistrationFiles.HEADER.stream().map(Column::text).toList();
        Stream<List<?>> lines = IntStream.range(0, rows).mapToObj(n -> row(n, opened, townships));
        try (TableWriter writer = new TableWriter();
                OutputStream out = Files.newOutputStream(file)) {
            writer.addSheet("学生信息", columns, lines);
            writer.writeTo(out);
        }
        return file;
    }

    private static List<?> row(int n, List<SchoolView> opened, List<Region> townships) {
        SchoolView school = opened.get(n % opened.size());
        String child = id(LocalDate.of(2010, 1, 1).plusDays(n / 900), n % 900 + 100);
        String father = id(LocalDate.of(1980, 1, 1).plusDays(n / 450), (n % 450) * 2 + 101);
        String mother = id(LocalDate.of(1980, 1, 1).plusDays(n / 450), (n % 450) * 2 + 100);
        Region township = townships.get(n % townships.size());
        return List.of(
                school.code(),
                school.name(),
                "李" + "子浩梓轩睿博文".charAt(n % 7) + "明",
                "",
                "",
                "汉族",
                "居民身份证",
                child,
                "G" + child,
                "",
                "三年级",
                (n % 8 + 1) + "班",
                "202009",
                "走读",
                "湖南省岳阳市平江县" + township.name(),
                "农业户口",
                "",
                "否",
                "李建国",
                "父亲",
                "是",
                "居民身份证",
                father,
                String.format(Locale.ROOT, "139%08d", n),
                "务农",
                "王秀英",
                "母亲",
                "否",
                "居民身份证",
                mother,
                "",
                "");
    }

    private static String id(LocalDate birth, int sequence) {
        String first17 = "430624" + birth.format(BIRTH) + String.format(Locale.ROOT, "%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
