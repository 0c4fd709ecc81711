package com.aidloop.award.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds used by this JVM and by the PostgreSQL processes it started, so that a benchmark on
 * a shared machine can say how much work a run took, not only how long it waited for the CPU; and
 * the JVM's garbage-collection and JIT-compilation time (wall seconds of those threads).
 * PostgreSQL's processes are the postmaster listening on the given port and its children (Linux /proc).
 */
record CpuTimes(double jvm, double postgres, double gc, double jit) {

    private static final double TICKS_PER_SECOND = 100.0;

    static CpuTimes now(int postgresPort) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        double gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                        .sum()
                / 1e3;
        double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
        return new CpuTimes(jvm, postgresNow(postgresPort), gc, jit);
    }

    CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(jvm - earlier.jvm, postgres - earlier.postgres, gc - earlier.gc, jit - earlier.jit);
    }

    private static double postgresNow(int port) {
        try (Stream<Path> listing = Files.list(Path.of("/proc"))) {
            List<Path> procs = listing.filter(
                            p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
            String postmaster = null;
            for (Path proc : procs) {
                String cmdline = Files.exists(proc.resolve("cmdline")) ? Files.readString(proc.resolve("cmdline")) : "";
                if (cmdline.contains("postgres") && cmdline.contains("-p\0" + port + "\0")) {
                    postmaster = proc.getFileName().toString();
                }
            }
            if (postmaster == null) {
                return Double.NaN;
            }
            double seconds = 0;
            for (Path proc : procs) {
                String[] stat = stat(proc);
                if (stat != null && (stat[0].equals(postmaster) || stat[3].equals(postmaster))) {
                    seconds += (Long.parseLong(stat[13]) + Long.parseLong(stat[14])) / TICKS_PER_SECOND;
                }
            }
            return seconds;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The fields of /proc/PID/stat, the command name (field 2) kept whole. */
    private static String[] stat(Path proc) {
        try {
            String text = Files.readString(proc.resolve("stat"));
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = text.substring(0, open - 1);
            fields[1] = text.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
