package com.aidloop.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder of workbooks written side by side before they go into one archive, removed with
 * everything in it on {@link #close()}.
 */
final class TemporaryFiles implements AutoCloseable {

    private final Path folder;
    private final java.util.Set<String> entries = new java.util.HashSet<>();

    TemporaryFiles() {
        try {
            folder = Files.createTempDirectory("aidloop-rosters-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file written, and what its writer returned. */
    record Written<R>(Path file, R result) {}

    /** Writes a new file of the folder (safe from several threads at once). */
    <R> Written<R> write(String hint, Function<OutputStream, R> writer) {
        try {
            Path file = Files.createTempFile(folder, "part-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                return new Written<>(file, writer.apply(out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a written file to the archive under a name; a name already taken gets a number (two
     * programmes confirmed under one name). Stored, not deflated again: a workbook is a zip
     * already, and compressing it twice costs time for nothing.
     */
    void copy(ZipOutputStream zip, String name, Path file) throws IOException {
        String unique = name;
        for (int n = 2; !entries.add(unique); n++) {
            int dot = name.lastIndexOf('.');
            unique = dot < 0 ? name + "(" + n + ")" : name.substring(0, dot) + "(" + n + ")" + name.substring(dot);
        }
        ZipEntry entry = new ZipEntry(unique);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCompressedSize(entry.getSize());
        entry.setCrc(crc(file));
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the system's temporary folder is cleaned in the end
        }
    }
}
