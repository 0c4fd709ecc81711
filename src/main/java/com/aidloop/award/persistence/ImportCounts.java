package com.aidloop.award.persistence;

import com.aidloop.shared.Money;

/** The counts of an import, as it runs and when it ends. */
public record ImportCounts(
        int rowsRead,
        int errorRows,
        int errors,
        int warnings,
        int problemsStored,
        int awardsCreated,
        int awardsUpdated,
        int awardsUnchanged,
        int studentsRegistered,
        int studentsMatched,
        Money amountTotal) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO);
}
