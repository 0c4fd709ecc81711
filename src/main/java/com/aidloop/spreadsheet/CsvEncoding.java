package com.aidloop.spreadsheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings CSV files are written in: UTF-8 with a byte-order mark (Excel opens it right), or GBK for banks' systems. */
public enum CsvEncoding {
    UTF8_WITH_BOM(StandardCharsets.UTF_8),
    GBK(Charset.forName("GBK"));

    private final Charset charset;

    CsvEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
