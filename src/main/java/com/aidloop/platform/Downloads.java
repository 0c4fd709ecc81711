package com.aidloop.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers of every file download: an attachment with the Chinese file name Excel and WPS show, never cached. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    public static void xlsx(HttpServletResponse response, String fileName) {
        attachment(response, XLSX, fileName);
    }

    public static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The Content-Disposition value of an attachment, its name encoded for every browser. */
    public static String disposition(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    /** The file name without its extension, for names of derived files. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
