package com.aidloop.shared;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file someone uploaded, as the web layer hands it over: its name on their computer, its size,
 * and how to move its bytes to where the import keeps them. Every import (roster, school) takes
 * its file this way.
 */
public record UploadedFile(String fileName, long size, Transfer transfer) {

    /** Moves or copies the uploaded bytes to the target path. */
    @FunctionalInterface
    public interface Transfer {
        void to(Path target) throws IOException;
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fileName + ", " + size + " bytes]";
    }
}
