package com.aidloop.platform;

import com.aidloop.shared.UploadedFile;
import org.springframework.web.multipart.MultipartFile;

/** A file part of an upload form or request, handed to an import as an {@link UploadedFile}. */
public final class FileUploads {

    private FileUploads() {}

    /** True when the form was sent without choosing a file (an empty part without a name, or none). */
    public static boolean nothingChosen(MultipartFile file) {
        return file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank());
    }

    /** The upload as an import takes it: its name, size, and the move of its bytes. */
    public static UploadedFile of(MultipartFile file) {
        return new UploadedFile(file.getOriginalFilename(), file.getSize(), file::transferTo);
    }
}
