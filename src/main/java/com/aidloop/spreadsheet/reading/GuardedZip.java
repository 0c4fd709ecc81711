package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An .xlsx archive opened so that a zip bomb cannot hurt: every byte inflated is counted, all
 * entries together may not pass the limit, and no entry may grow more than the allowed ratio
 * beyond its compressed size once it is past a small grace size.
 */
final class GuardedZip implements AutoCloseable {

    /** Small entries (rels, styles of a short file) may compress better than any ratio. */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final ZipFile zip;
    private final ReadLimits limits;
    private final String fileName;
    private long inflated;

    GuardedZip(Path file, ReadLimits limits, String fileName) {
        this.limits = limits;
        this.fileName = fileName;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e);
        } catch (IOException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e);
        }
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry's uncompressed size as the archive declares it, -1 when unknown. */
    long declaredSize(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /** Opens an entry for reading, counted against the limits; null when there is no such entry. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        return new Counted(zip.getInputStream(entry), Math.max(entry.getCompressedSize(), 1));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; the handle is gone either way
        }
    }

    private final class Counted extends FilterInputStream {

        private final long compressed;
        private long entryBytes;

        Counted(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            entryBytes += n;
            inflated += n;
            boolean tooMuch = inflated > limits.maxUncompressedBytes();
            boolean tooDense = entryBytes > GRACE_BYTES && entryBytes / compressed > limits.maxInflateRatio();
            if (tooMuch || tooDense) {
                throw new SpreadsheetRefused("spreadsheet.zipBomb", fileName);
            }
        }
    }
}
