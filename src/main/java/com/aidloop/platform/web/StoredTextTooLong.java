package com.aidloop.platform.web;

import com.aidloop.shared.InvalidInput;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database's last line on text length (migration V38 names each bound
 * {@code <table>_<column>_length}): when a text passed every check of the application and still
 * broke its column's bound, the person gets a 400 naming the column instead of a server error.
 */
final class StoredTextTooLong {

    private static final String CHECK_VIOLATION = "23514";
    private static final Pattern BOUND =
            Pattern.compile("relation \"(\\w+)\" violates check constraint \"(\\w+)_length\"");

    private StoredTextTooLong() {}

    static Optional<InvalidInput> from(DataIntegrityViolationException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && CHECK_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null) {
                Matcher bound = BOUND.matcher(sql.getMessage());
                if (bound.find() && bound.group(2).startsWith(bound.group(1) + "_")) {
                    String column = bound.group(2).substring(bound.group(1).length() + 1);
                    return Optional.of(InvalidInput.of(column, "text.storedTooLong", column));
                }
            }
        }
        return Optional.empty();
    }
}
