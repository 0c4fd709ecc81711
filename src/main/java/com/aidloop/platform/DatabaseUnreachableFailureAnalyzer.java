package com.aidloop.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached at start" into one clear sentence instead of a page of
 * stack trace. Only connection failures are analysed; SQL errors still show in full.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isConnectionFailure(cause)) {
            return null;
        }
        String url = System.getenv().getOrDefault("AIDLOOP_DB_URL", "(spring.datasource.url)");
        return new FailureAnalysis(
                "无法连接数据库 (Aidloop cannot reach its database) " + url + ": " + cause.getMessage(),
                "请确认 PostgreSQL 已启动、连接参数正确。Check that PostgreSQL is running and that AIDLOOP_DB_URL, AIDLOOP_DB_USER and AIDLOOP_DB_PASSWORD are right, "
                        + "or unset AIDLOOP_DB_URL to use the embedded database.",
                cause);
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null
                && (state.startsWith("08")
                        || state.equals("28P01")
                        || state.equals("28000")
                        || state.equals("3D000"))) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
