package com.aidloop.award.running;

import com.aidloop.award.persistence.ImportQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs roster imports in the background, a few at a time per server, so that no web request
 * waits for a large file. Imports wait in the database ({@link ImportQueue}); every server's
 * workers claim them there, its own first and another server's after a while, so several servers
 * share the work and never run one import twice. At start a server marks as FAILED the imports it
 * left running when it stopped (their commit's transaction died with it, so nothing half-written
 * remains); while running it keeps the heartbeats of its own jobs fresh, fails jobs of other
 * servers that stopped reporting, and removes kept files past their keeping time.
 */
public final class ImportJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final JobContext context;
    private final ExecutorService workers;
    private final ScheduledExecutorService housekeeping;
    private final Set<Long> own = ConcurrentHashMap.newKeySet();
    private final Semaphore queued = new Semaphore(0);
    private volatile boolean stopped;

    ImportJobs(JobContext context) {
        this.context = context;
        this.workers = Executors.newFixedThreadPool(
                Math.max(1, context.settings().concurrentJobs()), daemon("roster-import-"));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(daemon("roster-import-housekeeping-"));
        prepareDirectory(context.workDirectory());
    }

    /** Queues an import this server holds, its file in place; a free worker of this server takes it at once. */
    public void submit(long importId) {
        if (!queue().enqueue(importId, runner())) {
            LOG.warn("Roster import {} was not held by this server and could not be queued", importId);
        }
        queued.release();
    }

    /** Runs the job on the calling thread (small API uploads), still claimed and heart-beating like a queued one. */
    public void runHere(ImportJob job, long importId) {
        if (!queue().claimHeld(importId, runner())) {
            LOG.warn("Roster import {} was not held by this server; not run", importId);
            return;
        }
        runOwn(job, importId);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (context.settings().concurrentJobs() == 0) {
            return;
        }
        int failed = failAbandonedAtStart();
        if (failed > 0) {
            LOG.warn("Marked {} roster import(s) left running by a stopped server as failed", failed);
        }
        long every = Math.max(5, context.settings().staleAfter().toSeconds() / 4);
        housekeeping.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
        for (int i = 0; i < context.settings().concurrentJobs(); i++) {
            workers.execute(this::work);
        }
    }

    /**
     * At start no job of this server runs: whatever it left running died with its JVM (and its
     * commit's transaction with it), and so did anything whose heartbeat stopped.
     */
    public int failAbandonedAtStart() {
        return queue().failAbandoned(
                        runner(),
                        Instant.now().minus(context.settings().staleAfter()),
                        context.messages().text("award.import.abandoned"));
    }

    /**
     * Keeps the heartbeats of this server's jobs fresh, fails jobs of any server that stopped
     * reporting, and removes kept files past their keeping time.
     */
    public void sweep() {
        try {
            queue().heartbeat(own);
            queue().failAbandoned(
                            null,
                            Instant.now().minus(context.settings().staleAfter()),
                            context.messages().text("award.import.abandoned"));
            for (String file : queue().takeFilesOlderThan(
                            Instant.now().minus(context.settings().keepFiles()))) {
                ImportJob.deleteQuietly(Path.of(file));
            }
        } catch (RuntimeException e) {
            LOG.warn("Roster import housekeeping failed", e);
        }
    }

    /** Where uploads are kept and worked on; shared by the servers of one database. */
    public Path directory() {
        return context.workDirectory();
    }

    /** This server's name in import records. */
    public String runner() {
        return context.settings().runner();
    }

    @Override
    public void destroy() {
        stopped = true;
        housekeeping.shutdownNow();
        workers.shutdownNow();
    }

    /** A worker: claims queued imports one after the other, waiting for a submission or the next poll in between. */
    private void work() {
        while (!stopped) {
            Optional<ImportQueue.Claimed> claimed = claimNext();
            if (claimed.isPresent()) {
                ImportQueue.Claimed next = claimed.get();
                try {
                    runOwn(new ImportJob(context, ticket(next)), next.id());
                } catch (RuntimeException e) {
                    LOG.error("Roster import {} stopped its worker", next.id(), e);
                }
                continue;
            }
            try {
                queued.tryAcquire(context.settings().queuePoll().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Optional<ImportQueue.Claimed> claimNext() {
        try {
            return queue().claimNext(runner(), context.settings().handOverAfter());
        } catch (RuntimeException e) {
            // e.g. the database is briefly unreachable; the next poll tries again
            LOG.warn("Roster import queue: claiming failed: {}", e.toString());
            return Optional.empty();
        }
    }

    private void runOwn(ImportJob job, long importId) {
        own.add(importId);
        try {
            job.run();
        } finally {
            own.remove(importId);
        }
    }

    private ImportJob.Ticket ticket(ImportQueue.Claimed c) {
        return new ImportJob.Ticket(
                c.id(),
                c.term(),
                c.mode(),
                c.updateExisting(),
                c.scope(),
                c.uploadedBy(),
                ImportJob.workFile(context.workDirectory(), c.id()),
                c.fileName());
    }

    private ImportQueue queue() {
        return context.queue();
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
