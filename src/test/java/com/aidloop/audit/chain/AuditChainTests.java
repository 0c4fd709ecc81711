package com.aidloop.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.audit.AuditVerification;
import com.aidloop.audit.VerificationReport;
import com.aidloop.audit.VerificationReport.Finding;
import com.aidloop.audit.VerificationReport.Kind;
import com.aidloop.testing.DatabaseOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain against a real PostgreSQL. Tampering needs the triggers off, which is what someone
 * with owner rights on the database could do; the chain must still show it.
 */
@SpringBootTest
class AuditChainTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void emptyTheTrail() {
        behindThePlatformsBack("DELETE FROM audit_event");
    }

    /** As the database's owner: the platform's own role may neither change rows nor switch off the trigger. */
    private void behindThePlatformsBack(String sql) {
        JdbcClient owner = DatabaseOwner.jdbc(context);
        owner.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
        try {
            owner.sql(sql).update();
        } finally {
            owner.sql("ALTER TABLE audit_event ENABLE TRIGGER USER").update();
        }
    }

    private List<Long> writeFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(AuditRecord.of("UPDATE", "student", 100 + i, "修改学生信息 " + i)
                    .withChanges(List.of(new FieldChange("姓名", "张三" + i, "张珊" + i)))
                    .by("county.staff"));
        }
        return jdbc.sql("SELECT id FROM audit_event ORDER BY id")
                .query(Long.class)
                .list();
    }

    @Test
    void anUntouchedChainVerifiesClean() {
        List<Long> ids = writeFive();
        VerificationReport report = verification.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(5);
        assertThat(report.lastId()).isEqualTo(ids.getLast());
    }

    @Test
    void eachRowLinksToTheOneBeforeItFromAFixedGenesis() {
        writeFive();
        List<String[]> links = jdbc.sql("SELECT prev_hash, hash FROM audit_event ORDER BY id")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(links.getFirst()[0]).isEqualTo(AuditEntry.GENESIS);
        for (int i = 1; i < links.size(); i++) {
            assertThat(links.get(i)[0]).isEqualTo(links.get(i - 1)[1]);
        }
    }

    @Test
    void reportsExactlyTheRowWhoseContentWasChanged() {
        List<Long> ids = writeFive();
        long altered = ids.get(2);
        behindThePlatformsBack(
                "UPDATE audit_event SET changes = '[{\"field\":\"姓名\",\"oldValue\":\"张三3\",\"newValue\":\"李四\"}]' WHERE id = "
                        + altered);

        VerificationReport report = verification.verify();

        assertThat(report.findings())
                .extracting(Finding::kind, Finding::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ALTERED, altered));
        assertThat(report.findings().getFirst().description()).contains("编号 " + altered);
    }

    @Test
    void reportsARowWhoseHashWasChangedAndTheBrokenLinkAfterIt() {
        List<Long> ids = writeFive();
        behindThePlatformsBack("UPDATE audit_event SET hash = repeat('a', 64) WHERE id = " + ids.get(1));

        assertThat(verification.verify().findings())
                .extracting(Finding::kind, Finding::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.ALTERED, ids.get(1)),
                        org.assertj.core.groups.Tuple.tuple(Kind.LINK_BROKEN, ids.get(2)));
    }

    @Test
    void reportsWhereARowWasDeleted() {
        List<Long> ids = writeFive();
        behindThePlatformsBack("DELETE FROM audit_event WHERE id = " + ids.get(2));

        VerificationReport report = verification.verify();

        assertThat(report.findings()).hasSize(1);
        Finding finding = report.findings().getFirst();
        assertThat(finding.kind()).isEqualTo(Kind.LINK_BROKEN);
        assertThat(finding.id()).isEqualTo(ids.get(3));
        assertThat(finding.previousId()).isEqualTo(ids.get(1));
        assertThat(finding.description()).contains("编号 " + ids.get(3)).contains("编号 " + ids.get(1));
    }

    @Test
    void reportsTheDeletionOfTheFirstRow() {
        List<Long> ids = writeFive();
        behindThePlatformsBack("DELETE FROM audit_event WHERE id = " + ids.getFirst());

        assertThat(verification.verify().findings())
                .extracting(Finding::kind, Finding::id, Finding::previousId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.LINK_BROKEN, ids.get(1), 0L));
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncateEvenToItsOwner() {
        List<Long> ids = writeFive();
        JdbcClient jdbc = DatabaseOwner.jdbc(context);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET summary = 'x' WHERE id = :id")
                        .param("id", ids.getFirst())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                        .param("id", ids.getFirst())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aRecordRollsBackWithTheChangeItRecordsAndTheChainStaysWhole() {
        writeFive();
        transactions.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("DELETE", "student", 9, "删除学生").by("county.staff"));
            status.setRollbackOnly();
        });
        trail.record(AuditRecord.of("CREATE", "student", 10, "新增学生").by("county.staff"));

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DELETE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void manyRecordedAtOnceLinkInTheirOrderBetweenSingleOnes() {
        writeFive();
        transactions.executeWithoutResult(status -> trail.recordAll(List.of(
                AuditRecord.of("APPROVE", "identification_three_party_review", 21, "县级审批 1")
                        .by("county"),
                AuditRecord.of("APPROVE", "identification_three_party_review", 22, "县级审批 2")
                        .by("county"),
                AuditRecord.of("APPROVE", "identification_three_party_review", 23, "县级审批 3")
                        .by("county"))));
        trail.record(AuditRecord.of("CREATE", "student", 24, "新增学生").by("county.staff"));

        assertThat(jdbc.sql("SELECT object_id FROM audit_event WHERE id > (SELECT min(id) + 4 FROM audit_event)"
                                + " ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("21", "22", "23", "24");
        VerificationReport report = verification.verify();
        assertThat(report.checked()).isEqualTo(9);
        assertThat(report.intact()).isTrue();
    }

    @Test
    void aRecordMadeInsideAReadOnlyTransactionIsWrittenInItsOwn() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status ->
                trail.record(AuditRecord.of("REVEAL", "student", 11, "查看完整证件号码").by("county.staff")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REVEAL'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        trail.record(AuditRecord.of("UPDATE", "school", writer, "并发写入 " + i)
                                .by("writer" + writer));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        VerificationReport report = verification.verify();
        assertThat(report.checked()).isEqualTo(160);
        assertThat(report.intact()).isTrue();
    }

    @Test
    void masksIdCardAndMobileNumbersThatCallersForgotToMask() {
        trail.record(AuditRecord.of("UPDATE", "student", "430626200801012385", "更新 13812345678 的卡号")
                .withChanges(List.of(new FieldChange("资助卡号", "6217002870012345678", "6217002870012349999")))
                .by("county.staff"));
        var row = jdbc.sql("SELECT object_id, summary, changes::text AS changes FROM audit_event")
                .query()
                .singleRow();
        assertThat(row.get("object_id")).isEqualTo("430626********2385");
        assertThat(row.get("summary")).isEqualTo("更新 138****5678 的卡号");
        assertThat((String) row.get("changes"))
                .contains("***************5678", "***************9999")
                .doesNotContain("6217002870012345678");
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void takesTheActorFromTheSecurityContextWhenTheRecordNamesNone() {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "li.hua", null, List.of()));
        try {
            trail.record(AuditRecord.of("EXPORT", "roster", 3, "导出花名册"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        trail.record(AuditRecord.of("IMPORT", "roster", 4, "后台导入"));
        assertThat(jdbc.sql("SELECT actor FROM audit_event ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("li.hua", "system");
    }
}
