package com.aidloop.registry.persistence;

import com.aidloop.platform.PostgresCopy;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Registry rows, given as maps of field values, in the text format of PostgreSQL's COPY
 * ({@link PostgresCopy} escapes and sends them).
 */
final class CopyText {

    private CopyText() {}

    /** One line: the values of the named fields, tab-separated; null as \N, booleans as t/f. */
    static String line(Map<String, Object> row, List<String> fields) {
        StringBuilder out = new StringBuilder(512);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = row.get(fields.get(i));
            if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else {
                PostgresCopy.field(out, value == null ? null : value.toString());
            }
        }
        return out.append('\n').toString();
    }

    static void copy(DataSource dataSource, String sql, String rows) {
        PostgresCopy.copyIn(dataSource, sql, rows);
    }
}
