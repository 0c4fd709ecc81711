package com.aidloop.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Bulk writes through PostgreSQL's COPY in its text format, on the connection of the caller's
 * transaction: rows written with it commit or roll back with everything else. A unique violation
 * comes back as Spring's DuplicateKeyException, as a batched insert's would.
 */
public final class PostgresCopy {

    private PostgresCopy() {}

    /** Appends a value in COPY's text format: \N for null; backslash, tab and line breaks escaped, the rest in one piece. */
    public static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(value, from, i)
                        .append(
                                switch (c) {
                                    case '\\' -> "\\\\";
                                    case '\t' -> "\\t";
                                    case '\n' -> "\\n";
                                    default -> "\\r";
                                });
                from = i + 1;
            }
        }
        return out.append(value, from, value.length());
    }

    /** Sends the rows (lines made with {@link #field}) with {@code sql}, a {@code COPY … FROM STDIN}. */
    public static void copyIn(DataSource dataSource, String sql, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // bytes, not a Reader: the driver would otherwise encode the text a few characters at a time
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(bytes));
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY", sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Opens a {@code COPY … FROM STDIN} on the connection of the caller's transaction that stays
     * open while rows are written in pieces: the server stores each piece while the next is being
     * made. Nothing else may use the connection until the stream is finished or aborted.
     */
    public static Stream open(DataSource dataSource, String sql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Stream(
                    dataSource,
                    connection,
                    sql,
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY", sql, e);
        }
    }

    /** A COPY under way: {@link #write} pieces of lines made with {@link #field}, then {@link #finish}. */
    public static final class Stream implements AutoCloseable {

        private final DataSource dataSource;
        private final Connection connection;
        private final String sql;
        private final CopyIn copy;
        private boolean open = true;

        private Stream(DataSource dataSource, Connection connection, String sql, CopyIn copy) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.sql = sql;
            this.copy = copy;
        }

        /** Sends UTF-8 bytes of whole lines. */
        public void write(byte[] lines, int length) {
            try {
                copy.writeToCopy(lines, 0, length);
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        /** Ends the COPY, waiting for the server to have stored every row; the rows written. */
        public long finish() {
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw fail(e);
            } finally {
                release();
            }
        }

        /** Cancels a COPY not finished (the transaction then rolls back); nothing after finish. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the transaction is rolling back anyway; the connection reports what broke
            } finally {
                release();
            }
        }

        private RuntimeException fail(SQLException e) {
            return new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY", sql, e);
        }

        private void release() {
            if (open) {
                open = false;
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
