package com.aidloop.school;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A school file someone uploaded, as the web layer hands it over: its name on their computer, its
 * size, and how to move its bytes to where the import reads them.
 */
public record SchoolUpload(String fileName, long size, Transfer transfer) {

    /** Moves or copies the uploaded bytes to the target path. */
    @FunctionalInterface
    public interface Transfer {
        void to(Path target) throws IOException;
    }

    @Override
    public String toString() {
        return "SchoolUpload[" + fileName + ", " + size + " bytes]";
    }
}
