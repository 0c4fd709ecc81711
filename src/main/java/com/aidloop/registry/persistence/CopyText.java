package com.aidloop.registry.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Rows in the text format of PostgreSQL's COPY, and sending them on the connection of the
 * caller's transaction. A unique violation comes back as Spring's DuplicateKeyException, as a
 * batched insert's would.
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
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else {
                escape(out, value.toString());
            }
        }
        return out.append('\n').toString();
    }

    /** Appends the value, escaping backslash, tab and line breaks; most values have none and go in one piece. */
    private static void escape(StringBuilder out, String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(value, from, i).append(switch (c) {
                    case '\\' -> "\\\\";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    default -> "\\r";
                });
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }

    static void copy(DataSource dataSource, String sql, String rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // bytes, not a Reader: the driver would otherwise encode the text a few characters at a time
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY", sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
