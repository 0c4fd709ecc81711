package com.aidloop.disbursement.reconciliation;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.fixedFile;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.fixedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.disbursement.PayoutBatchReconciled;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.privacy.SensitiveData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Return files against PostgreSQL, the faults first: a truncated last line, an unknown
 * reference, a duplicate line, a changed amount are queued with a clear reason and never mark a
 * payment paid; a file that cannot be read, or the same file again, is refused with nothing written.
 */
@SpringBootTest
@RecordApplicationEvents
class ReturnFileTests {

    @Autowired
    ReturnFileImport returns;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    ReconciliationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReconciliationFixtures(jdbc, sensitive);
    }

    @Test
    void aCleanCsvSettlesEveryLineReconcilesTheBatchAndNotifiesThePaidOnes() {
        Batch batch = fixtures.exported(3);
        String file = csv(List.of(
                csvLine(batch.payment(1), "成功", ""),
                csvLine(batch.payment(2), "交易失败", "卡已销户"),
                csvLine(batch.payment(3), "S", "")));

        ReturnFileResult result = upload(batch, "回盘.csv", ("\ufeff" + file).getBytes(StandardCharsets.UTF_8));

        assertThat(result.format()).isEqualTo(ReturnFileFormat.CSV);
        assertThat(result.paid()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.exceptions()).isEmpty();
        assertThat(result.reconciled()).isTrue();
        assertThat(result.smsEnqueued()).isEqualTo(2);
        assertThat(fixtures.status(batch.id())).isEqualTo("RECONCILED");
        assertThat(events.stream(PayoutBatchReconciled.class)).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo(batch.id());
            assertThat(e.paidCount()).isEqualTo(2);
            assertThat(e.failedCount()).isEqualTo(1);
        });
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT failure_reason FROM disbursement_payment WHERE id = :id")
                        .param("id", batch.payment(2).id())
                        .query(String.class)
                        .single())
                .isEqualTo("卡已销户");
        assertThat(outbox.byKey("payment:" + batch.payment(1).reference()))
                .get()
                .satisfies(n -> {
                    assertThat(n.text())
                            .contains("湘阴学生")
                            .contains("国家助学金")
                            .contains("1250.00元")
                            .contains("尾号1234");
                    assertThat(n.text()).doesNotContain(ReconciliationFixtures.CARD);
                    assertThat(n.phoneMasked()).isEqualTo("139****5678");
                    assertThat(n.batchRef()).isEqualTo(batch.reference());
                });
        assertThat(outbox.byKey("payment:" + batch.payment(2).reference())).isEmpty();
        assertThat(fixtures.count(
                        "SELECT count(*) FROM disbursement_return_file WHERE batch_id = :batch AND paid_count = 2",
                        batch.id()))
                .isOne();
        assertThat(new AuditLog(jdbc).about(com.aidloop.disbursement.PayoutBatches.AUDIT_TYPE, batch.id()))
                .extracting(r -> r.action())
                .containsExactly("RETURN_FILE_UPLOAD", "RECONCILE");
    }

    @Test
    void readsAGbkCsvWithATitleRowColumnsInAnotherOrderAndFullWidthText() {
        Batch batch = fixtures.exported(2);
        String text = "湘阴县农商银行代发回盘\r\n摘要,处理结果,金额,户名,失败原因,卡号,序号\r\n"
                + batch.payment(1).reference() + ",成功,１２５０．００,"
                + batch.payment(1).payeeName() + ",,6222,1\r\n"
                + batch.payment(2).reference() + ",失败,1,250.00,"
                + batch.payment(2).payeeName() + ",户名不符,6222,2\r\n";

        ReturnFileResult result = upload(batch, "return.csv", text.getBytes(ReconciliationFixtures.GBK));

        assertThat(result.paid()).isEqualTo(1);
        assertThat(result.exceptions()).singleElement().asString().contains("第4行");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("PENDING");
    }

    @Test
    void aFixedWidthFileWithATruncatedLastLineQueuesThatLineAndPaysTheOthers() {
        Batch batch = fixtures.exported(3);
        byte[] last = fixedLine(batch.payment(3), '0', "");
        byte[] file = fixedFile(
                List.of(
                        fixedLine(batch.payment(1), '0', ""),
                        fixedLine(batch.payment(2), '1', "账户冻结"),
                        Arrays.copyOf(last, 95)),
                "\r\n");

        ReturnFileResult result = upload(batch, "HUIPAN.TXT", Arrays.copyOf(file, file.length - 2));

        assertThat(result.format()).isEqualTo(ReturnFileFormat.FIXED_WIDTH);
        assertThat(result.paid()).isOne();
        assertThat(result.failed()).isOne();
        assertThat(result.exceptions())
                .singleElement()
                .asString()
                .contains("第3行")
                .contains("95字节")
                .contains("141");
        assertThat(fixtures.paymentStatus(batch.payment(3).id())).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT failure_reason FROM disbursement_payment WHERE id = :id")
                        .param("id", batch.payment(2).id())
                        .query(String.class)
                        .single())
                .isEqualTo("账户冻结");
        assertThat(fixtures.status(batch.id())).isEqualTo("EXPORTED");
        assertThat(kinds(batch)).containsExactly("MALFORMED_LINE");
    }

    @Test
    void aChangedAmountIsQueuedAndNeverMarksThePaymentPaid() {
        Batch batch = fixtures.exported(2);
        String file = csv(List.of(
                csvLine(batch.payment(1), "成功", ""),
                csvLine(
                        2,
                        batch.payment(2).payeeName(),
                        "12500.00",
                        batch.payment(2).reference(),
                        "成功",
                        "")));

        ReturnFileResult result = upload(batch, "r.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.paid()).isOne();
        assertThat(result.exceptions())
                .singleElement()
                .asString()
                .contains("12,500.00")
                .contains("1,250.00")
                .contains("未标记为已发放");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("PENDING");
        assertThat(outbox.byKey("payment:" + batch.payment(2).reference())).isEmpty();
        assertThat(kinds(batch)).containsExactly("AMOUNT_MISMATCH");
        assertThat(jdbc.sql("SELECT reported_amount FROM disbursement_exception WHERE batch_id = :b")
                        .param("b", batch.id())
                        .query(String.class)
                        .single())
                .isEqualTo("12500.00");
    }

    @Test
    void anUnknownReferenceIsQueuedAndKeepsTheBatchOpen() {
        Batch batch = fixtures.exported(1);
        String file = csv(List.of(
                csvLine(batch.payment(1), "成功", ""), csvLine(2, "外批次学生", "800.00", "PY2031A9999999999", "成功", "")));

        ReturnFileResult result = upload(batch, "r.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.paid()).isOne();
        assertThat(result.exceptions())
                .singleElement()
                .asString()
                .contains("PY2031A9999999999")
                .contains("不是本批次");
        assertThat(result.reconciled()).isFalse();
        assertThat(kinds(batch)).containsExactly("UNKNOWN_REFERENCE");
    }

    @Test
    void aRepeatedIdenticalLineCountsOnceAndADifferingRepeatSettlesNeither() {
        Batch batch = fixtures.exported(2);
        String file = csv(List.of(
                csvLine(batch.payment(1), "成功", ""),
                csvLine(batch.payment(1), "成功", ""),
                csvLine(batch.payment(2), "成功", ""),
                csvLine(batch.payment(2), "失败", "卡已销户")));

        ReturnFileResult result = upload(batch, "r.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.paid()).isOne();
        assertThat(result.duplicateLines()).isOne();
        assertThat(result.exceptions())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e).contains("出现2次").contains("均未处理"));
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PAID");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("PENDING");
        assertThat(kinds(batch)).containsExactly("DUPLICATE", "DUPLICATE");
    }

    @Test
    void aLaterFileSettlesTheRestIgnoresWhatIsSettledAlikeAndQueuesAConflict() {
        Batch batch = fixtures.exported(3);
        upload(
                batch,
                "first.csv",
                csv(List.of(csvLine(batch.payment(1), "成功", ""), csvLine(batch.payment(2), "失败", "户名不符")))
                        .getBytes(StandardCharsets.UTF_8));

        ReturnFileResult second = upload(
                batch,
                "second.csv",
                csv(List.of(
                                csvLine(batch.payment(1), "成功", ""),
                                csvLine(batch.payment(2), "成功", ""),
                                csvLine(batch.payment(3), "成功", "")))
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(second.alreadySettled()).isOne();
        assertThat(second.paid()).isOne();
        assertThat(second.exceptions()).singleElement().asString().contains("结果矛盾");
        assertThat(fixtures.paymentStatus(batch.payment(2).id())).isEqualTo("FAILED");
        assertThat(kinds(batch)).containsExactly("CONFLICTING_RESULT");
        assertThat(outbox.byKey("payment:" + batch.payment(2).reference())).isEmpty();
    }

    @Test
    void anUnknownResultWordIsQueued() {
        Batch batch = fixtures.exported(1);

        ReturnFileResult result = upload(
                batch,
                "r.csv",
                csv(List.of(csvLine(batch.payment(1), "处理中", ""))).getBytes(StandardCharsets.UTF_8));

        assertThat(result.exceptions()).singleElement().asString().contains("处理中");
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PENDING");
        assertThat(kinds(batch)).containsExactly("UNKNOWN_RESULT");
    }

    @Test
    void theSameFileTwiceIsRefusedWithNothingWritten() {
        Batch batch = fixtures.exported(2);
        byte[] file = csv(List.of(csvLine(batch.payment(1), "成功", ""))).getBytes(StandardCharsets.UTF_8);
        upload(batch, "r.csv", file);

        assertThatThrownBy(() -> upload(batch, "r-again.csv", file))
                .isInstanceOf(ReturnFileRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("不能重复上传");
        assertThat(fixtures.count("SELECT count(*) FROM disbursement_return_file WHERE batch_id = :batch", batch.id()))
                .isOne();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithTheReasonAndNothingWritten() {
        Batch batch = fixtures.exported(1);

        assertThatThrownBy(() -> upload(batch, "r.csv", "户名,卡号\r\n张三,6222\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReturnFileRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("缺少列")
                .contains("摘要");
        assertThatThrownBy(() -> upload(batch, "r.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(ReturnFileRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("无法读取");
        assertThatThrownBy(() -> upload(batch, "empty.csv", new byte[0]))
                .isInstanceOf(ReturnFileRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("空文件");
        assertThat(fixtures.count("SELECT count(*) FROM disbursement_return_file WHERE batch_id = :batch", batch.id()))
                .isZero();
        assertThat(fixtures.paymentStatus(batch.payment(1).id())).isEqualTo("PENDING");
    }

    @Test
    void onlyAnExportedBatchInsideTheScopeTakesAReturnFile() {
        Batch batch = fixtures.exported(1);
        byte[] file = csv(List.of(csvLine(batch.payment(1), "成功", ""))).getBytes(StandardCharsets.UTF_8);
        Path path = ReconciliationFixtures.file(folder, "r.csv", file);

        assertThatThrownBy(() -> returns.upload(batch.id(), "r.csv", path, DataScope.region("430626")))
                .isInstanceOf(ReconciliationNotFound.class);
        upload(batch, "r.csv", file);
        byte[] other = csv(List.of(csvLine(batch.payment(1), "成功", ""), "")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> upload(batch, "again.csv", other))
                .isInstanceOf(ReturnFileRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已对账");
    }

    @Test
    void aPaymentWithoutAGuardianPhoneIsPaidAndCountedWithoutAMessage() {
        Batch batch = fixtures.exported(1, "国家助学金", false);

        ReturnFileResult result = upload(
                batch,
                "r.csv",
                csv(List.of(csvLine(batch.payment(1), "成功", ""))).getBytes(StandardCharsets.UTF_8));

        assertThat(result.paid()).isOne();
        assertThat(result.smsEnqueued()).isZero();
        assertThat(result.smsWithoutPhone()).isOne();
        assertThat(outbox.byKey("payment:" + batch.payment(1).reference())).isEmpty();
    }

    @Test
    void aProgrammeNameThePolicyRefusesIsLeftOutOfTheNotice() {
        Batch batch = fixtures.exported(1, "低保家庭学生补助", true);

        upload(batch, "r.csv", csv(List.of(csvLine(batch.payment(1), "成功", ""))).getBytes(StandardCharsets.UTF_8));

        assertThat(outbox.byKey("payment:" + batch.payment(1).reference()))
                .get()
                .satisfies(n -> {
                    assertThat(n.text()).doesNotContain("低保").contains("学生资助金1250.00元");
                });
    }

    private ReturnFileResult upload(Batch batch, String name, byte[] content) {
        Path file = ReconciliationFixtures.file(folder, "upload-" + System.nanoTime(), content);
        return returns.upload(batch.id(), name, file, COUNTY_SCOPE);
    }

    private List<String> kinds(Batch batch) {
        return jdbc.sql("SELECT kind FROM disbursement_exception WHERE batch_id = :b ORDER BY line_no, id")
                .param("b", batch.id())
                .query(String.class)
                .list();
    }
}
