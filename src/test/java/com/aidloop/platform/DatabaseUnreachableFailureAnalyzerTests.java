package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUnreachableFailureAnalyzerTests {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();

    @Test
    void explainsARefusedConnectionInOneSentence() {
        SQLException refused =
                new SQLException("Connection to 127.0.0.1:5999 refused.", "08001", new ConnectException());
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flywayInitializer", "wrapped", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("无法连接数据库").contains("127.0.0.1:5999 refused");
        assertThat(analysis.getAction()).contains("AIDLOOP_DB_URL");
    }

    @Test
    void leavesOrdinarySqlErrorsAlone() {
        SQLException syntax = new SQLException("syntax error at or near \"SELEC\"", "42601");
        assertThat(analyzer.analyze(new RuntimeException(syntax))).isNull();
    }
}
