package com.aidloop.award.persistence;

import com.aidloop.platform.ImportProblemTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The problems a roster import found (award_import_problem), stored in batches as the rows are
 * read and read back in row order for the pages, the API and the error workbook. Callers check
 * the import's scope first; a problem belongs to its import.
 */
@Repository
public class ImportProblems extends ImportProblemTable {

    ImportProblems(JdbcClient jdbc) {
        super(jdbc, "award_import_problem");
    }
}
