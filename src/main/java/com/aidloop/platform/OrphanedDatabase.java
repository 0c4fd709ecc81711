package com.aidloop.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL of a platform that was killed (kill -9, a power cut of the JVM only)
 * keeps running and holds its data folder, so the next start could not open it. Before starting,
 * such an orphan of the same data folder is found by its {@code postmaster.pid} and stopped
 * (PostgreSQL's smart shutdown: its clients died with the old JVM, so it ends at once).
 */
final class OrphanedDatabase {

    private static final String PID_FILE = "postmaster.pid";
    /** The file the embedded PostgreSQL library locks while its JVM runs. */
    private static final String LOCK_FILE = "epg-lock";

    private OrphanedDatabase() {}

    /**
     * Stops the PostgreSQL server that still runs on this cluster folder, if any.
     *
     * @return the process id of the server that was stopped, empty when none was running
     * @throws IllegalStateException when a server runs there but did not stop within the wait
     */
    static Optional<Long> stopIfRunning(Path cluster, Duration wait) throws IOException {
        Optional<ProcessHandle> orphan = runningServer(cluster);
        if (orphan.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle server = orphan.get();
        if (platformHolds(cluster)) {
            throw new IllegalStateException("另一个 Aidloop 正在使用数据目录 " + cluster.getParent()
                    + "，请先停止它，或用 AIDLOOP_DATA_DIR 指定其他目录。Another running platform uses this data folder.");
        }
        server.destroy();
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("内置数据库（进程 " + server.pid() + "）未能在 " + wait.toSeconds()
                    + " 秒内停止，请手动结束该进程后重新启动。The orphaned embedded PostgreSQL did not stop.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned embedded PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return Optional.of(server.pid());
    }

    /** A live platform holds the embedded database's lock file; a killed one has released it. */
    private static boolean platformHolds(Path cluster) throws IOException {
        Path lockFile = cluster.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The live postgres process named by the cluster's pid file, when the file names this folder. */
    static Optional<ProcessHandle> runningServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !samePath(Path.of(lines.get(1).trim()), cluster)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
