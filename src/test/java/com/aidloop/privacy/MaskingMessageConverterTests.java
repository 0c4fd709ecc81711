package com.aidloop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingMessageConverterTests {

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("com.aidloop.registry.ImportingRoster");
    private final MaskingMessageConverter converter = new MaskingMessageConverter();

    @Test
    void masksAnIdNumberPassedAsAnArgument() {
        String line = converter.convert(event("Imported student {} into class {}", "430626201003152382", 3));

        assertThat(line).isEqualTo("Imported student 430626********2382 into class 3");
    }

    @Test
    void masksNumbersWrittenIntoTheMessageItself() {
        String line = converter.convert(
                event("row 5: id 11010519491231002X, guardian 13812341234, card 6222600260001072444"));

        assertThat(line).isEqualTo("row 5: id 110105********002X, guardian 138****1234, card ***************2444");
    }

    @Test
    void masksNumbersInsideArgumentsThatAreWholeSentences() {
        String line = converter.convert(event("Rejected: {}", "证件号码430626201003152382与学籍号G430626201003152382不一致"));

        assertThat(line).doesNotContain("430626201003152382").contains("430626********2382");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tomcat started on port 8080 (http) with context path '/'",
                "Started AidloopApplication in 10.144 seconds (process running for 18.244)",
                "aidloop-embedded - Added connection org.postgresql.jdbc.PgConnection@2e13c72b",
                "Successfully applied 1 migration to schema \"public\", now at version v1 (execution time 00:00.027s)",
                "Database: jdbc:postgresql://localhost:40545/postgres?user=postgres (PostgreSQL 14.22)",
                "Completed 20000 rows in 1764276731ms at 2026-11-27T20:52:11.380Z, batch 202611270001",
                "Event publication 3f9c2b1d-0a4e-4c6b-9a51-6e2b0c1d7e88 completed"
            })
    void leavesOrdinaryLogLinesAlone(String message) {
        assertThat(converter.convert(event(message))).isEqualTo(message);
    }

    @Test
    void masksStackTracesAsWell() {
        LoggingEvent failed = event("Import failed");
        failed.setThrowableProxy(new ch.qos.logback.classic.spi.ThrowableProxy(
                new NumberFormatException("For input string: \"430626201003152382\"")));
        MaskingThrowableConverter stackTrace = new MaskingThrowableConverter();
        stackTrace.setContext(context);
        stackTrace.start();

        String trace = stackTrace.convert(failed);

        assertThat(trace)
                .contains("NumberFormatException")
                .contains("430626********2382")
                .doesNotContain("430626201003152382")
                .contains("at com.aidloop.privacy.MaskingMessageConverterTests");
    }

    private LoggingEvent event(String message, Object... args) {
        return new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, args);
    }
}
