package com.aidloop.award.running;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs roster imports in the background, a few at a time, so that no web request waits for a
 * large file. At start it marks as FAILED the imports a stopped server left RUNNING (their
 * commit's transaction died with it, so nothing half-written remains); while running it keeps
 * the heartbeats of its own jobs fresh, fails jobs of other servers that stopped reporting, and
 * removes kept files past their keeping time.
 */
public final class ImportJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final JobContext context;
    private final ExecutorService workers;
    private final ScheduledExecutorService housekeeping;
    private final Set<Long> own = ConcurrentHashMap.newKeySet();

    ImportJobs(JobContext context) {
        this.context = context;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(context.settings().concurrentJobs(), r -> {
            Thread t = new Thread(r, "roster-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-import-housekeeping");
            t.setDaemon(true);
            return t;
        });
        prepareDirectory(context.workDirectory());
    }

    /** Queues the job; it runs on a worker thread. */
    public Future<?> submit(ImportJob job, long importId) {
        own.add(importId);
        return workers.submit(() -> {
            try {
                job.run();
            } finally {
                own.remove(importId);
            }
        });
    }

    /** Runs the job on the calling thread (small API uploads), still heart-beating like a queued one. */
    public void runHere(ImportJob job, long importId) {
        own.add(importId);
        try {
            job.run();
        } finally {
            own.remove(importId);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        int failed = context.records().failAbandoned(context.settings().runner(), Instant.now().minus(context.settings().staleAfter()),
                context.messages().text("award.import.abandoned"));
        if (failed > 0) {
            LOG.warn("Marked {} roster import(s) left running by a stopped server as failed", failed);
        }
        long every = Math.max(5, context.settings().staleAfter().toSeconds() / 4);
        housekeeping.scheduleWithFixedDelay(this::housekeeping, every, every, TimeUnit.SECONDS);
    }

    private void housekeeping() {
        try {
            context.records().heartbeat(own);
            context.records().failAbandoned(null, Instant.now().minus(context.settings().staleAfter()),
                    context.messages().text("award.import.abandoned"));
            for (long id : context.records().withFilesOlderThan(Instant.now().minus(context.settings().keepFiles()))) {
                context.records().storedFile(id).ifPresent(f -> ImportJob.deleteQuietly(Path.of(f.path())));
                context.records().storedFile(id, null, null);
            }
        } catch (RuntimeException e) {
            LOG.warn("Roster import housekeeping failed", e);
        }
    }

    @Override
    public void destroy() {
        housekeeping.shutdownNow();
        workers.shutdownNow();
    }

    private static void prepareDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            try {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder inherits its parent's access rules
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the roster import folder " + directory, e);
        }
    }
}
