package com.aidloop.award.running;

import com.aidloop.spreadsheet.ReadLimits;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of roster imports ({@code aidloop.roster-import.*}); docs/roster-import.md explains
 * each.
 *
 * @param directory where uploads are kept (encrypted) and worked on; default {@code <data-dir>/roster-imports};
 *     several servers on one database must share it (the same path on every server)
 * @param maxFileSize the largest file accepted
 * @param maxRows the most data rows accepted
 * @param synchronousMaxSize API uploads up to this size are answered when done (200), larger ones at once (202)
 * @param keepFiles how long an uploaded file is kept for 确认导入 and the error workbook
 * @param staleAfter a running import whose job has not reported for this long is marked FAILED
 * @param chunkRows rows checked, looked up and written together
 * @param storedProblemsMax problems stored per import; the counts go on
 * @param concurrentJobs imports that run at the same time on this server; 0: this process runs none and
 *     leaves the queue alone (the admin command)
 * @param runner this server's name in import records; default host and port
 * @param queuePoll how often an idle server looks for imports queued by other servers
 * @param handOverAfter how long an import waits for the server that received it before any server may take it
 */
@ConfigurationProperties("aidloop.roster-import")
public record ImportSettings(
        Path directory,
        DataSize maxFileSize,
        Integer maxRows,
        DataSize synchronousMaxSize,
        Duration keepFiles,
        Duration staleAfter,
        Integer chunkRows,
        Integer storedProblemsMax,
        Integer concurrentJobs,
        String runner,
        Duration queuePoll,
        Duration handOverAfter) {

    public ImportSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
        maxRows = maxRows == null ? 1_000_000 : maxRows;
        synchronousMaxSize = synchronousMaxSize == null ? DataSize.ofMegabytes(2) : synchronousMaxSize;
        keepFiles = keepFiles == null ? Duration.ofDays(7) : keepFiles;
        staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
        chunkRows = chunkRows == null ? 5_000 : chunkRows;
        storedProblemsMax = storedProblemsMax == null ? 100_000 : storedProblemsMax;
        concurrentJobs = concurrentJobs == null ? 1 : concurrentJobs;
        queuePoll = queuePoll == null ? Duration.ofSeconds(2) : queuePoll;
        handOverAfter = handOverAfter == null ? Duration.ofSeconds(10) : handOverAfter;
    }

    public ReadLimits readLimits() {
        return ReadLimits.DEFAULT.withMaxFileBytes(maxFileSize.toBytes()).withMaxRows(maxRows);
    }
}
