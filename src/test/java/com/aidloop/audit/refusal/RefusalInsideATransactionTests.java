package com.aidloop.audit.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.platform.RefusalWitness;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refusal met in a transaction that has already appended to the audit trail (and so holds the
 * trail's append lock) is written when that transaction ends, instead of waiting for the lock on
 * its own thread for ever (a page test hung CI this way).
 */
@SpringBootTest
class RefusalInsideATransactionTests {

    @Autowired
    RefusalWitness refusals;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isWrittenWhenTheTransactionEndsWithoutWaitingForItself() {
        long before = forbiddenRows();

        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> transactions.executeWithoutResult(status -> {
                    trail.record(
                            AuditRecord.of("UPDATE", "student", 1, "拒绝之前先记一笔").by("county"));
                    refusals.forbidden("problem.title.403");
                    assertThat(forbiddenRows())
                            .as("not yet: the transaction is still open")
                            .isEqualTo(before);
                }));

        assertThat(forbiddenRows()).isEqualTo(before + 1);
    }

    private long forbiddenRows() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action")
                .param("action", RefusalKind.FORBIDDEN.action())
                .query(Long.class)
                .single();
    }
}
