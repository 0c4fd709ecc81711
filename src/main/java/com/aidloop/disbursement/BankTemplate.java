package com.aidloop.disbursement;

import com.aidloop.spreadsheet.CsvEncoding;

/**
 * A bank's layout of the 银行代发文件. Built in: {@code csv} (UTF-8 with BOM), {@code csv-gbk},
 * {@code xlsx} (title, 合计 row), {@code xlsx-plain} (header row only) and {@code fixed}
 * (fixed-width GBK text, 100 bytes a line); more under {@code aidloop.bank.templates.<name>.*}.
 *
 * @param name the key used in URLs, the API and the bank file record
 * @param encoding for CSV (fixed-width text is always GBK)
 * @param titled for .xlsx: a title, 单位：元 and a 合计 row above and below the table
 */
public record BankTemplate(String name, String label, Format format, CsvEncoding encoding, boolean titled) {

    public enum Format {
        CSV("csv", "text/csv"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        FIXED_WIDTH("txt", "text/plain");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public BankTemplate {
        if (name == null || !name.matches("[a-z0-9-]{1,40}") || format == null) {
            throw new IllegalArgumentException(
                    "a bank template needs a name of lower-case letters, digits and dashes, and a format");
        }
        label = label == null || label.isBlank() ? name : label;
        encoding = encoding == null ? CsvEncoding.UTF8_WITH_BOM : encoding;
    }
}
