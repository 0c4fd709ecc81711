package com.aidloop.disbursement.reconciliation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded return file saved to a temporary file for the readers, and removed afterwards. */
final class Uploads {

    private Uploads() {}

    static <T> T withSavedFile(MultipartFile upload, Function<Path, T> use) {
        Path file;
        try {
            file = Files.createTempFile("return-file-", ".upload");
            upload.transferTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return use.apply(file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system
            }
        }
    }

    /** The name without any folder a browser sent, at most 200 characters. */
    static String fileName(MultipartFile upload) {
        String name = upload.getOriginalFilename() == null ? "return-file" : upload.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty()) {
            name = "return-file";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
