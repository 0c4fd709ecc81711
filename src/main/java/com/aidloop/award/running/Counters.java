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

    /** Where the time went, for the log line at the end of each import (nanoseconds). */
    long checking;

    long lookingUp;
    long registering;
    long writingAwards;
    long reporting;

    ImportCounts snapshot() {
        return new ImportCounts(
                rowsRead,
                errorRows,
                errors,
                warnings,
                problemsStored,
                awardsCreated,
                awardsUpdated,
                awardsUnchanged,
                studentsRegistered,
                studentsMatched,
                new Money(amount));
    }
}
