package com.aidloop.bench.province;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Seconds and rows of each step of the generator, printed as RESULT lines as they finish. */
final class Timings {

    private final long started = System.nanoTime();

    long time(String step, Callable<Long> work) throws Exception {
        long from = System.nanoTime();
        long rows = work.call();
        record(step, rows, from);
        return rows;
    }

    void record(String step, long rows, long from) {
        double seconds = (System.nanoTime() - from) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "RESULT %-70s %,12d rows %8.1f s %,10.0f rows/s  load %s%n",
                step,
                rows,
                seconds,
                rows / Math.max(seconds, 1e-3),
                loadAverage());
    }

    void printTotal() {
        System.out.printf(
                Locale.ROOT, "RESULT total %.1f s, load %s%n", (System.nanoTime() - started) / 1e9, loadAverage());
    }

    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
