package com.aidloop.award.running;

import com.aidloop.award.persistence.ImportCounts;
import com.aidloop.shared.Money;
import java.math.BigDecimal;

/** The running counts of one import. */
final class Counters {

    int rowsRead;
    int errorRows;
    int errors;
    int warnings;
    int problemsStored;
    int awardsCreated;
    int awardsUpdated;
    int awardsUnchanged;
    int studentsRegistered;
    int studentsMatched;
    BigDecimal amount = BigDecimal.ZERO;

    ImportCounts snapshot() {
        return new ImportCounts(rowsRead, errorRows, errors, warnings, problemsStored, awardsCreated, awardsUpdated,
                awardsUnchanged, studentsRegistered, studentsMatched, new Money(amount));
    }
}
