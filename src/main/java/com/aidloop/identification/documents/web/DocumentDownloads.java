package com.aidloop.identification.documents.web;

import com.aidloop.identification.documents.ApplicationFormPrinting.Printed;
import com.aidloop.platform.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A produced document as a download: attachment with its Chinese name, never cached. */
final class DocumentDownloads {

    private DocumentDownloads() {}

    static ResponseEntity<byte[]> of(Printed printed) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Downloads.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(printed.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(printed.content());
    }
}
