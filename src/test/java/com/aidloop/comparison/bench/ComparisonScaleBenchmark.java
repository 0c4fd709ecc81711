package com.aidloop.comparison.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.Matching;
import com.aidloop.comparison.MatchingRun;
import com.aidloop.comparison.importing.ListFileReading;
import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.comparison.persistence.ListTypeStore;
import com.aidloop.platform.PostgresCopy;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comparison module at province-county scale (bench/comparison-scale.sh, docs/comparison.md):
 * generates N persons (a quarter students, each with three household members, valid ID numbers,
 * blind-indexed as the registry does) and one CSV department list of M rows (valid IDs, every
 * 20th row a registry person, every 50th of those under another name); loads the list through the
 * platform's own path (checks, blind index, COPY) and times it; times the matching run (which
 * writes the register, comparison_match) first on new data and again when everything stays; then
 * copies the same keys into DuckDB and times the same join there, printing the ratio. Meant for a
 * database of its own on a PostgreSQL server: the script drops and creates it.
 */
@SpringBootTest(
        properties = {"aidloop.comparison.max-list-rows=20000000", "aidloop.comparison.max-list-megabytes=2000"})
@Tag("benchmark")
class ComparisonScaleBenchmark {

    private static final String REGION = "439900";
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
    private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉建国晓东海燕".split("");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    ListFileReading reading;

    @Autowired
    ListStore lists;

    @Autowired
    ListTypeStore types;

    @Autowired
    Matching matching;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void matchesPersonsAgainstADepartmentList() throws Exception {
        int persons = Integer.getInteger("bench.persons", 2_000_000);
        int rows = Integer.getInteger("bench.rows", 10_000_000);
        int students = persons / 4;

        long t = System.nanoTime();
        generateRegistry(students);
        System.out.printf(
                Locale.ROOT,
                "generated registry: %d students + %d household members in %.1f s%n",
                students,
                students * 3,
                seconds(t));
        t = System.nanoTime();
        Path file = Path.of("target", "bench", "scale-list-" + rows + ".csv");
        writeList(file, rows, students * 4);
        System.out.printf(
                Locale.ROOT, "generated list: %d rows, %d MB in %.1f s%n", rows, Files.size(file) >> 20, seconds(t));

        long listId = load(file, rows);
        jdbc.sql("ANALYZE comparison_list_person").update();
        jdbc.sql("ANALYZE registry_student").update();
        jdbc.sql("ANALYZE registry_household_member").update();

        t = System.nanoTime();
        MatchingRun first = matching.run("MANUAL");
        double firstRun = seconds(t);
        System.out.printf(
                Locale.ROOT,
                "RESULT matching + register, first run: %.1f s (%d new, %d held)%n",
                firstRun,
                first.added(),
                first.held());
        t = System.nanoTime();
        MatchingRun again = matching.run("MANUAL");
        double secondRun = seconds(t);
        System.out.printf(
                Locale.ROOT,
                "RESULT matching + register, unchanged data: %.1f s (%d stayed, %d new)%n",
                secondRun,
                again.stayed(),
                again.added());
        assertThat(first.added()).isGreaterThan(rows / 25);
        assertThat(again.added()).isZero();

        duckDb(listId, firstRun);
    }

    /** Loads the list through the platform's path (checks, blind index, COPY) in one transaction. */
    private long load(Path file, int rows) {
        long t = System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long listId = tx.execute(s -> {
            ListFileReading.Read read = reading.read(
                    file,
                    file.getFileName().toString(),
                    new ListFileReading.Opening(REGION, "省民政厅（基准）", LocalDate.of(2026, 10, 31), "bench"),
                    types.all().get("SUBSISTENCE_ALLOWANCE"),
                    ColumnMapping.none());
            lists.makeCurrent(
                    read.id(),
                    read.counts().rowsRead(),
                    read.counts().rowsSkipped(),
                    read.counts().persons(),
                    null);
            return read.id();
        });
        double load = seconds(t);
        System.out.printf(Locale.ROOT, "RESULT list load: %d rows in %.1f s (%.0f rows/s)%n", rows, load, rows / load);
        return listId;
    }

    /** The same keys in DuckDB (in process, memory only): copy time and join time apart. */
    private void duckDb(long listId, double postgresSeconds) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = duck.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("SET memory_limit = '3GB'");
            st.execute("CREATE TABLE k (student_id BIGINT, id_index VARCHAR, person_name VARCHAR)");
            st.execute("CREATE TABLE p (id_index VARCHAR, name VARCHAR, category VARCHAR)");
            long t = System.nanoTime();
            long keys = copy(
                    duck,
                    "k",
                    "COPY (SELECT student_id, id_index, person_name FROM comparison_person_key) TO STDOUT",
                    true);
            long listed = copy(
                    duck,
                    "p",
                    "COPY (SELECT id_index, name, category FROM comparison_list_person WHERE list_id = " + listId
                            + ") TO STDOUT",
                    false);
            System.out.printf(
                    Locale.ROOT,
                    "DuckDB: copied %d keys and %d list rows from PostgreSQL in %.1f s%n",
                    keys,
                    listed,
                    seconds(t));
            t = System.nanoTime();
            st.execute("""
                    CREATE TABLE found AS
                    SELECT DISTINCT ON (k.student_id, p.category, p.id_index)
                           k.student_id, p.category, p.id_index,
                           (p.name IS NOT NULL AND regexp_replace(p.name, '[[:space:]·•.．]', '', 'g')
                                = regexp_replace(k.person_name, '[[:space:]·•.．]', '', 'g')) AS name_agrees
                      FROM p JOIN k ON k.id_index = p.id_index
                    """);
            double join = seconds(t);
            long found;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM found")) {
                rs.next();
                found = rs.getLong(1);
            }
            System.out.printf(Locale.ROOT, "RESULT DuckDB join of the same keys: %.1f s (%d found)%n", join, found);
            System.out.printf(
                    Locale.ROOT, "RESULT ratio PostgreSQL matching run / DuckDB join: %.1f%n", postgresSeconds / join);
        }
    }

    private long copy(Connection duck, String table, String sql, boolean firstIsNumber) throws Exception {
        long n = 0;
        try (Connection pg = dataSource.getConnection();
                DuckDBAppender appender =
                        ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            CopyOut out = pg.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            for (byte[] line = out.readFromCopy(); line != null; line = out.readFromCopy()) {
                String[] f = new String(line, 0, line.length - 1, StandardCharsets.UTF_8).split("\t", -1);
                appender.beginRow();
                if (firstIsNumber) {
                    appender.append(Long.parseLong(f[0]));
                } else {
                    appender.append(f[0]);
                }
                appender.append(nullable(f[1]));
                appender.append(nullable(f[2]));
                appender.endRow();
                n++;
            }
        }
        return n;
    }

    private static String nullable(String field) {
        return "\\N".equals(field) ? null : field;
    }

    /** Students 1..n (ids given), each with a father, a mother and a grandparent, by COPY. */
    private void generateRegistry(int students) {
        StringBuilder s = new StringBuilder();
        StringBuilder m = new StringBuilder();
        long base = jdbc.sql("SELECT coalesce(max(id), 0) FROM registry_student")
                .query(Long.class)
                .single();
        for (int k = 1; k <= students; k++) {
            studentLine(s, k, base);
            memberLines(m, k, base, students);
            if (k % 50_000 == 0 || k == students) {
                PostgresCopy.copyIn(dataSource, """
                        COPY registry_student (id, name, gender, id_type, id_number_sealed, id_number_index,
                                               id_number_masked, school_id, school_township_code, grade,
                                               household_township_code, residence) FROM STDIN
                        """, s);
                PostgresCopy.copyIn(dataSource, """
                        COPY registry_household_member (student_id, position, name, relation, guardian, id_type,
                                                        id_number_sealed, id_number_index, id_number_masked)
                        FROM STDIN
                        """, m);
                s.setLength(0);
                m.setLength(0);
            }
        }
        jdbc.sql("SELECT setval('registry_student_id_seq', :n)")
                .param("n", students)
                .query((rs, i) -> 1)
                .list();
    }

    private void studentLine(StringBuilder s, int k, long base) {
        String id = studentId(k);
        String township = "439900" + (100 + k % 30);
        s.append(k)
                .append('\t')
                .append(name(k - 1))
                .append('\t')
                .append(k % 2 == 0 ? "FEMALE" : "MALE")
                .append("\tRESIDENT_ID_CARD\tbench\t")
                .append(sensitive.blindIndex(SensitiveKind.ID_NUMBER, id))
                .append('\t')
                .append(id, 0, 6)
                .append("********")
                .append(id, 14, 18)
                .append('\t')
                .append(1 + k % 200)
                .append('\t')
                .append(township)
                .append("\t五年级\t")
                .append(township)
                .append("\tRURAL\n");
    }

    private void memberLines(StringBuilder m, int k, long base, int students) {
        for (int j = 0; j < 3; j++) {
            int member = (k - 1) * 3 + j;
            String mid = memberId(member);
            m.append(k)
                    .append('\t')
                    .append(j + 1)
                    .append('\t')
                    .append(name(students + member))
                    .append('\t')
                    .append(j == 0 ? "父亲" : j == 1 ? "母亲" : "祖父")
                    .append('\t')
                    .append(j == 0)
                    .append("\tRESIDENT_ID_CARD\tbench\t")
                    .append(sensitive.blindIndex(SensitiveKind.ID_NUMBER, mid))
                    .append('\t')
                    .append(mid, 0, 6)
                    .append("********")
                    .append(mid, 14, 18)
                    .append('\n');
        }
    }

    /** Every 20th row a registry person (spread over all of them), every 50th of those renamed. */
    private static void writeList(Path file, int rows, int persons) throws Exception {
        Files.createDirectories(file.getParent());
        int students = persons / 4;
        try (BufferedWriter out = Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write("姓名,身份证号码,所属乡镇\n");
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                if (i % 20 == 0) {
                    int p = (int) ((i / 20L) * 7919 % persons);
                    String name = name(p);
                    line.append((i / 20) % 50 == 0 ? name + "某" : name)
                            .append(',')
                            .append(p < students ? studentId(p + 1) : memberId(p - students));
                } else {
                    line.append(name(i)).append(',').append(otherId(i));
                }
                line.append(",基准镇").append(i % 30).append('\n');
                out.append(line);
            }
        }
    }

    private static String name(int p) {
        return SURNAMES[p % SURNAMES.length] + GIVEN[(p / 20) % GIVEN.length] + GIVEN[(p / 7) % GIVEN.length];
    }

    private static String studentId(int k) {
        return id("439902", LocalDate.of(2008, 1, 1).plusDays(k / 999), k % 999 + 1);
    }

    private static String memberId(int m) {
        return id("439903", LocalDate.of(1960, 1, 1).plusDays(m / 999), m % 999 + 1);
    }

    private static String otherId(int i) {
        return id("439904", LocalDate.of(1940, 1, 1).plusDays(i / 999), i % 999 + 1);
    }

    private static String id(String region, LocalDate birth, int seq) {
        StringBuilder b = new StringBuilder(18).append(region).append(birth.getYear());
        pad(b, birth.getMonthValue(), 2);
        pad(b, birth.getDayOfMonth(), 2);
        pad(b, seq, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (b.charAt(i) - '0') * WEIGHTS[i];
        }
        return b.append(CHECK[sum % 11]).toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String v = Integer.toString(value);
        b.append("0".repeat(width - v.length())).append(v);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
