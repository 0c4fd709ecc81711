package com.aidloop.disbursement.bankfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Rewrites an .xlsx package so that the same content always gives the same bytes: every zip entry
 * gets one fixed time (POI stamps the moment of writing) and the package's creation date is taken
 * out of {@code docProps/core.xml}. Entries keep their order and content.
 */
public final class ReproducibleZip {

    /** The time every entry carries (local, as zip stores it). */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final Pattern CREATED =
            Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>|<dcterms:created[^>]*/>");

    private ReproducibleZip() {}

    public static byte[] normalize(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        // POI writes entries with data descriptors, which only commons-compress reads as a stream
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            rewritten.setLevel(6);
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    content = CREATED.matcher(new String(content, StandardCharsets.UTF_8))
                            .replaceAll("")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                rewritten.putNextEntry(copy);
                rewritten.write(content);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
