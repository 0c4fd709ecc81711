package com.aidloop.disbursement.reconciliation;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Paging;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** County staff deciding the exceptions queue: each decision audited, one winner, and the batch then reconciled. */
@SpringBootTest
class ExceptionQueueTests {

    @Autowired
    ReturnFileImport returns;

    @Autowired
    ExceptionQueue queue;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @TempDir
    Path folder;

    ReconciliationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReconciliationFixtures(jdbc, sensitive);
    }

    @Test
    void markingAQueuedPaymentPaidSendsItsNoticeAndReconcilesTheBatch() {
        Batch batch = fixtures.exported(2);
        upload(
                batch,
                csvLine(batch.payment(1), "成功", ""),
                csvLine(
                        2,
                        batch.payment(2).payeeName(),
                        "1250.00",
                        batch.payment(2).reference(),
                        "处理中",
                        ""));
        PayoutExceptionView open = onlyOpen(batch);
        assertThat(open.kind()).isEqualTo("UNKNOWN_RESULT");
        assertThat(open.paymentStatus()).isEqualTo(PaymentStatus.PENDING);

        ExceptionQueue.Decided decided =
                queue.decide(open.id(), open.version(), new Decision(Decision.Kind.MARK_PAID, "已电话核实银行"), COUNTY_SCOPE);

        assertThat(decided.batchReconciled()).isTrue();
        assertThat(decided.exception().open()).isFalse();
        assertThat(decided.exception().resolution()).contains("标记为已发放").contains("已电话核实银行");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("PAID");
        assertThat(fixtures.status(batch.id())).isEqualTo("RECONCILED");
        assertThat(outbox.byKey("payment:" + batch.payment(2).reference())).isPresent();
        assertThat(new AuditLog(jdbc).about("payout-exception", open.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo("RECONCILIATION_DECISION"));
    }

    @Test
    void staffFindTheQueueOfABatchByItsIdOrItsReference() {
        Batch batch = fixtures.exported(1);
        List<PayoutExceptionView> open = unknownResultAndUnknownReference(batch);

        assertThat(openOf(" " + batch.reference().toLowerCase() + " "))
                .as("staff name the batch by its reference")
                .isEqualTo(open);
        assertThat(openOf(String.valueOf(batch.id()))).isEqualTo(open);
        assertThat(openOf("PB2031A999999")).isEmpty();
    }

    @Test
    void anUnknownReferenceCanOnlyBeDismissedAndMarkingFailedNeedsAReason() {
        Batch batch = fixtures.exported(1);
        List<PayoutExceptionView> open = unknownResultAndUnknownReference(batch);

        assertThatThrownBy(() -> decide(open.get(1), Decision.Kind.MARK_PAID, ""))
                .isInstanceOf(ReconciliationRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("只能驳回");
        assertThatThrownBy(() -> decide(open.get(0), Decision.Kind.MARK_FAILED, " "))
                .isInstanceOf(ReconciliationRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("失败原因");
        assertThat(openOf(String.valueOf(batch.id())))
                .as("a refused decision changes nothing")
                .isEqualTo(open);
    }

    @Test
    void markingFailedKeepsTheReasonAndDismissingAnUnknownReferenceClosesTheBatch() {
        Batch batch = fixtures.exported(1);
        List<PayoutExceptionView> open = unknownResultAndUnknownReference(batch);

        decide(open.get(0), Decision.Kind.MARK_FAILED, "银行答复：户名不符");
        assertThat(fixtures.status(batch.id())).isEqualTo("EXPORTED");
        ExceptionQueue.Decided last = decide(open.get(1), Decision.Kind.DISMISS, "属于另一家银行的批次");

        assertThat(last.batchReconciled()).isTrue();
        assertThat(jdbc.sql("SELECT failure_reason FROM disbursement_payment WHERE id = :id")
                        .param("id", batch.payment(1).id())
                        .query(String.class)
                        .single())
                .isEqualTo("银行答复：户名不符");
        assertThat(outbox.byKey("payment:" + batch.payment(1).reference())).isEmpty();
    }

    /** Uploads a return file that leaves the batch's payment's result unknown and names a payment of no batch; returns the two exceptions. */
    private List<PayoutExceptionView> unknownResultAndUnknownReference(Batch batch) {
        upload(
                batch,
                csvLine(
                        1,
                        batch.payment(1).payeeName(),
                        "1250.00",
                        batch.payment(1).reference(),
                        "?",
                        ""),
                csvLine(2, "外批次", "500.00", "PY2031A9999999998", "成功", ""));
        List<PayoutExceptionView> open =
                queue.list(batch.id(), true, COUNTY_SCOPE, Paging.first()).content();
        assertThat(open).extracting(PayoutExceptionView::kind).containsExactly("UNKNOWN_RESULT", "UNKNOWN_REFERENCE");
        return open;
    }

    private List<PayoutExceptionView> openOf(String batch) {
        return queue.list(batch, true, COUNTY_SCOPE, Paging.first()).content();
    }

    private ExceptionQueue.Decided decide(PayoutExceptionView exception, Decision.Kind kind, String reason) {
        return queue.decide(exception.id(), exception.version(), new Decision(kind, reason), COUNTY_SCOPE);
    }

    @Test
    void aPaidPaymentIsNeverMarkedFailedAndAStaleVersionIsRefused() {
        Batch batch = fixtures.exported(1);
        upload(batch, csvLine(batch.payment(1), "成功", ""), csvLine(batch.payment(1), "失败", "卡已销户"));
        List<PayoutExceptionView> open =
                queue.list(batch.id(), true, COUNTY_SCOPE, Paging.first()).content();
        assertThat(open).hasSize(2);
        queue.decide(open.get(0).id(), open.get(0).version(), new Decision(Decision.Kind.MARK_PAID, ""), COUNTY_SCOPE);

        assertThatThrownBy(() -> queue.decide(
                        open.get(1).id(),
                        open.get(1).version(),
                        new Decision(Decision.Kind.MARK_FAILED, "卡已销户"),
                        COUNTY_SCOPE))
                .isInstanceOf(ReconciliationRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已发放");
        assertThatThrownBy(() -> queue.decide(
                        open.get(0).id(),
                        open.get(0).version(),
                        new Decision(Decision.Kind.DISMISS, "x"),
                        COUNTY_SCOPE))
                .isInstanceOf(ReconciliationRefused.class);
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PAID");
    }

    @Test
    void twoStaffDecidingAtOnceExactlyOneWins() throws Exception {
        Batch batch = fixtures.exported(1);
        upload(
                batch,
                csvLine(
                        1,
                        batch.payment(1).payeeName(),
                        "1250.00",
                        batch.payment(1).reference(),
                        "?",
                        ""));
        PayoutExceptionView open = onlyOpen(batch);
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> paid = () -> attempt(start, open, new Decision(Decision.Kind.MARK_PAID, "核实已到账"));
        Callable<String> failed = () -> attempt(start, open, new Decision(Decision.Kind.MARK_FAILED, "核实未到账"));

        List<String> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> futures = List.of(pool.submit(paid), pool.submit(failed));
            start.countDown();
            results = List.of(futures.get(0).get(), futures.get(1).get());
        }

        assertThat(results).containsOnlyOnce("won");
        assertThat(results).filteredOn(r -> r.startsWith("refused")).hasSize(1);
        assertThat(fixtures.count(
                        "SELECT count(*) FROM audit_event WHERE object_type = 'payout-exception' AND object_id = CAST(:batch AS text)",
                        open.id()))
                .isOne();
    }

    @Test
    void anExceptionOutsideTheScopeIsNotFound() {
        Batch batch = fixtures.exported(1);
        upload(batch, csvLine(1, "外批次", "500.00", "PY2031A9999999997", "成功", ""));
        PayoutExceptionView open = queue.list(batch.id(), true, COUNTY_SCOPE, Paging.first())
                .content()
                .getFirst();

        assertThatThrownBy(() -> queue.get(open.id(), DataScope.region("430626")))
                .isInstanceOf(ReconciliationNotFound.class);
        assertThatThrownBy(() -> queue.decide(
                        open.id(), open.version(), new Decision(Decision.Kind.DISMISS, "x"), DataScope.school(1)))
                .isInstanceOf(ReconciliationNotFound.class);
        assertThat(queue.list(batch.id(), null, DataScope.region("430626"), Paging.first())
                        .content())
                .isEmpty();
    }

    private String attempt(CountDownLatch start, PayoutExceptionView open, Decision decision)
            throws InterruptedException {
        start.await();
        try {
            queue.decide(open.id(), open.version(), decision, COUNTY_SCOPE);
            return "won";
        } catch (ReconciliationRefused refused) {
            return "refused " + refused.code();
        }
    }

    private PayoutExceptionView onlyOpen(Batch batch) {
        List<PayoutExceptionView> open =
                queue.list(batch.id(), true, COUNTY_SCOPE, Paging.first()).content();
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    private void upload(Batch batch, String... lines) {
        byte[] content = csv(List.of(lines)).getBytes(StandardCharsets.UTF_8);
        Path file = ReconciliationFixtures.file(folder, "upload-" + System.nanoTime(), content);
        returns.upload(batch.id(), "r.csv", file, COUNTY_SCOPE);
    }
}
