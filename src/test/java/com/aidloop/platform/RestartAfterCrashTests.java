package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform killed with kill -9 leaves its embedded PostgreSQL running on the data folder; the
 * next start stops that orphan and opens the same data.
 */
class RestartAfterCrashTests {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        OrphanedDatabase.stopIfRunning(dataDir.resolve("postgres"), Duration.ofSeconds(30));
    }

    @Test
    void startsAgainOnTheDataOfAPlatformThatWasKilled() throws Exception {
        Process killedPlatform = startPlatformDatabaseInAnotherJvm();
        long orphan = awaitReady(killedPlatform);
        killedPlatform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgres restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir, false);
                Connection c = restarted.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM before_the_crash")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    @Test
    void leavesTheDatabaseOfARunningPlatformAlone() throws Exception {
        try (EmbeddedPostgres running = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir, false)) {
            assertThatThrownBy(() -> OrphanedDatabase.stopIfRunning(dataDir.resolve("postgres"), Duration.ofSeconds(5)))
                    .hasMessageContaining("另一个 Aidloop 正在使用数据目录");
            try (Connection c = running.getPostgresDatabase().getConnection()) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void findsNoOrphanWhenNothingRuns() throws Exception {
        assertThat(OrphanedDatabase.stopIfRunning(dataDir.resolve("postgres"), Duration.ofSeconds(1)))
                .isEmpty();
    }

    private Process startPlatformDatabaseInAnotherJvm() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlatformThatWillBeKilled.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static long awaitReady(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new AssertionError("the platform's database did not start; exit " + process.waitFor());
    }

    /** Starts the platform's embedded database, writes a row, says its server's pid and waits to be killed. */
    static final class PlatformThatWillBeKilled {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(Path.of(args[0]), false);
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE before_the_crash (note text)");
                s.execute("INSERT INTO before_the_crash VALUES ('kept')");
            }
            long pid = OrphanedDatabase.runningServer(Path.of(args[0]).resolve("postgres"))
                    .orElseThrow()
                    .pid();
            System.out.println("READY " + pid);
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }
}
