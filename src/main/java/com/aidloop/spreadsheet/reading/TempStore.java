package com.aidloop.spreadsheet.reading;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file written once from start to end, then read at random through memory maps, so
 * that large tables live in the page cache instead of the Java heap. No record crosses a map
 * segment. The file is deleted on close.
 */
final class TempStore implements AutoCloseable {

    private static final int SEGMENT_BITS = 30;
    private static final long SEGMENT = 1L << SEGMENT_BITS;

    private final Path path;
    private DataOutputStream out;
    private long size;
    private MappedByteBuffer[] segments = new MappedByteBuffer[0];

    TempStore(Path directory, String prefix) throws IOException {
        this.path = Files.createTempFile(directory, prefix, ".tmp");
        try {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Appends a length-prefixed record and returns where it starts. */
    long appendRecord(byte[] bytes) throws IOException {
        long room = SEGMENT - (size & (SEGMENT - 1));
        if (room < 4L + bytes.length) {
            out.write(new byte[(int) room]);
            size += room;
        }
        long at = size;
        out.writeInt(bytes.length);
        out.write(bytes);
        size += 4L + bytes.length;
        return at;
    }

    /** Appends a long; longs stay 8-aligned when only longs are written. */
    void appendLong(long value) throws IOException {
        out.writeLong(value);
        size += 8;
    }

    /** Ends writing and maps the file for reading. */
    void finishWriting() throws IOException {
        out.close();
        out = null;
        int count = (int) ((size + SEGMENT - 1) >>> SEGMENT_BITS);
        segments = new MappedByteBuffer[count];
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (int i = 0; i < count; i++) {
                long start = (long) i << SEGMENT_BITS;
                segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(SEGMENT, size - start));
            }
        }
    }

    long getLong(long position) {
        return segments[(int) (position >>> SEGMENT_BITS)].getLong((int) (position & (SEGMENT - 1)));
    }

    /** The record that starts at a position returned by {@link #appendRecord}. */
    byte[] record(long position) {
        MappedByteBuffer segment = segments[(int) (position >>> SEGMENT_BITS)];
        int at = (int) (position & (SEGMENT - 1));
        byte[] bytes = new byte[segment.getInt(at)];
        segment.get(at + 4, bytes);
        return bytes;
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            segments = new MappedByteBuffer[0];
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
