package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BankFile;
import com.aidloop.platform.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A bank file as a download: attachment, never cached, its digest in a header. */
final class BankFileResponses {

    private BankFileResponses() {}

    static ResponseEntity<byte[]> of(BankFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(file.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }
}
