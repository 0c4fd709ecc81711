package com.aidloop.programme;

import java.util.List;

/** A quota spreadsheet was refused as a whole; each problem names its row and column in Chinese. Nothing was saved. */
public class QuotaImportRefused extends RuntimeException {

    private final List<String> problems;

    public QuotaImportRefused(List<String> problems) {
        super(problems.size() + " problems in the quota spreadsheet");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
