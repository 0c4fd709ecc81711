package com.aidloop.platform;

import com.aidloop.shared.FreeText;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied to a temporary file for an import that reads it within the request
 * (schools, student registrations): the copy, the name on the uploader's computer (clipped to
 * what an import record keeps, a default when none came), its size and SHA-256. Closing deletes
 * the copy.
 */
public final class UploadedCopy implements AutoCloseable {

    private static final int FILE_NAME_MAX = 255;

    private final Path file;
    private final String name;
    private final long bytes;
    private final String sha256;

    private UploadedCopy(Path file, String name, long bytes, String sha256) {
        this.file = file;
        this.name = name;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** Copies the upload; {@code unnamed} is the name of an upload that came without one. */
    public static UploadedCopy of(UploadedFile upload, String prefix, String unnamed) {
        Path file = null;
        try {
            file = Files.createTempFile(prefix, ".upload");
            upload.transfer().to(file);
            String name = FreeText.clipped(
                    upload.fileName() == null || upload.fileName().isBlank() ? unnamed : upload.fileName(),
                    FILE_NAME_MAX);
            return new UploadedCopy(file, name, Files.size(file), sha256(file));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    public long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system
            }
        }
    }
}
