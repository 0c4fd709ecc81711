package com.aidloop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.audit.AuditRecord;
import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paging;
import com.aidloop.shared.PhoneNumber;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox as the disbursement module uses it: inside the payment's transaction. */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
class SmsOutboxTests {

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Test
    void enqueueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(TestNotices.payout("13812345678")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aMessageExistsOnlyIfThePaymentCommitted() {
        SmsRequest rolledBack = TestNotices.payout("13812345678");
        SmsRequest committed = TestNotices.payout("13812345678");

        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(rolledBack);
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> outbox.enqueue(committed));

        assertThat(outbox.byKey(rolledBack.deduplicationKey())).isEmpty();
        assertThat(outbox.byKey(committed.deduplicationKey())).get().satisfies(n -> {
            assertThat(n.status()).isEqualTo(SmsStatus.PENDING);
            assertThat(n.attempts()).isZero();
            assertThat(n.text()).isEqualTo("【学生资助】李明同学：2026年秋季学期国家助学金1250.00元已发放至尾号1234的资助卡，请查收。");
            assertThat(n.phoneMasked()).isEqualTo("138****5678");
        });
    }

    @Test
    void enqueueingTheSameKeyAgainChangesNothing() {
        SmsRequest first = TestNotices.payout("13812345678");
        SmsRequest again = new SmsRequest(
                first.deduplicationKey(),
                new PhoneNumber("13900001111"),
                SmsRecipient.STUDENT,
                SmsMessage.payout("李明", "国家助学金", Money.yuan("999"), "4321", TestNotices.TERM),
                first.student(),
                first.batchRef(),
                first.paymentRef());

        SmsNotice stored = transactions.execute(tx -> outbox.enqueue(first));
        SmsNotice repeated = transactions.execute(tx -> outbox.enqueue(again));
        SmsNotice inTheSameTransaction = transactions.execute(tx -> {
            outbox.enqueue(first);
            return outbox.enqueue(first);
        });

        assertThat(repeated).isEqualTo(stored);
        assertThat(inTheSameTransaction).isEqualTo(stored);
        assertThat(repeated.text()).contains("1250.00元").contains("尾号1234");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_sms WHERE dedup_key = :key")
                        .param("key", first.deduplicationKey())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void storesThePhoneSealedWithABlindIndexAndAMaskedCopy() {
        SmsNotice stored = transactions.execute(tx -> outbox.enqueue(TestNotices.payout("13812345678")));

        Map<String, Object> row = jdbc.sql(
                        "SELECT phone_sealed, phone_index, phone_masked FROM notification_sms WHERE id = :id")
                .param("id", stored.id())
                .query()
                .singleRow();
        String wholeRow = jdbc.sql("SELECT m::text FROM notification_sms m WHERE id = :id")
                .param("id", stored.id())
                .query(String.class)
                .single();

        assertThat(wholeRow).doesNotContain("13812345678").doesNotContain("12345678");
        assertThat(sensitive.open((String) row.get("phone_sealed"))).isEqualTo("13812345678");
        assertThat(row.get("phone_index")).isEqualTo(sensitive.blindIndex(SensitiveKind.PHONE, "13812345678"));
        assertThat(row.get("phone_masked")).isEqualTo("138****5678");
    }

    @Test
    void aRefusedTextLeavesThePaymentStanding() {
        SmsRequest fine = TestNotices.payout("13812345678");
        SmsRequest revealing = SmsRequest.payment(
                TestNotices.nextPayment(),
                "B-1",
                new PhoneNumber("13812345678"),
                SmsRecipient.GUARDIAN,
                TestNotices.student(900_002, "王芳", 1),
                SmsMessage.payout("王芳", "低保家庭学生补助", Money.yuan("500"), "0088", TestNotices.TERM));

        SmsContentRefused refused = transactions.execute(tx -> {
            outbox.enqueue(fine);
            try {
                outbox.enqueue(revealing);
                return null;
            } catch (SmsContentRefused e) {
                return e;
            }
        });

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).contains("低保");
        assertThat(outbox.byKey(fine.deduplicationKey())).isPresent();
        assertThat(outbox.byKey(revealing.deduplicationKey())).isEmpty();
        assertThatThrownBy(() -> outbox.check(revealing.message())).isInstanceOf(SmsContentRefused.class);
    }

    @Test
    void showsAStudentsAndABatchsMessagesOnlyInsideTheReadersScope() {
        long school = 990_001;
        String batch = "B-scope-" + TestNotices.nextPayment();
        SmsStudent student = TestNotices.student(990_101, "赵雷", school);
        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(TestNotices.payout(batch, "13812345678", student));
            outbox.enqueue(TestNotices.payout(batch, "13812345679", student));
            outbox.enqueue(TestNotices.payout(batch, "13812345670", TestNotices.student(990_102, "钱多", school)));
        });

        SmsStatusReport ofStudent = outbox.statusForStudent(student.id(), DataScope.region("430626"));
        SmsStatusReport ofBatch = outbox.statusForBatch(batch, DataScope.school(school), Paging.first());

        assertThat(ofStudent.count(SmsStatus.PENDING)).isEqualTo(2);
        assertThat(ofStudent.messages().content())
                .extracting(SmsNotice::studentName)
                .containsOnly("赵雷");
        assertThat(ofBatch.total()).isEqualTo(3);
        assertThat(ofBatch.messages().content())
                .extracting(SmsNotice::phoneMasked)
                .containsExactlyInAnyOrder("138****5678", "138****5679", "138****5670");
        assertThat(outbox.statusForBatch(batch, DataScope.region(TestNotices.SANSHI_VILLAGE), Paging.first())
                        .total())
                .isEqualTo(3);
        assertThat(outbox.statusForBatch(batch, DataScope.region(TestNotices.ANDING_TOWN), Paging.first())
                        .total())
                .isZero();
        assertThat(outbox.statusForBatch(batch, DataScope.school(school + 1), Paging.first())
                        .total())
                .isZero();
        assertThat(outbox.statusForStudent(student.id(), DataScope.nothing()).total())
                .isZero();
        assertThat(outbox.search(
                                new SmsFilter(null, batch, null, null, new PhoneNumber("+86 138 1234 5679")),
                                DataScope.region("430626"),
                                Paging.first())
                        .messages()
                        .content())
                .hasSize(1);
    }

    @Test
    void staffSendAFailedMessageAgainAndTheAuditTrailSaysSo() {
        SmsNotice stored = transactions.execute(tx -> outbox.enqueue(TestNotices.payout("13812345678")));
        DataScope county = DataScope.region("430626");
        assertThatThrownBy(() -> outbox.resend(stored.id(), county)).isInstanceOf(SmsNotResendable.class);
        jdbc.sql("UPDATE notification_sms SET status = 'FAILED', attempts = 12, last_error = 'HTTP 500' WHERE id = :id")
                .param("id", stored.id())
                .update();

        assertThatThrownBy(() -> outbox.resend(stored.id(), DataScope.region(TestNotices.ANDING_TOWN)))
                .isInstanceOf(SmsNotFound.class);
        SmsNotice resent = outbox.resend(stored.id(), county);

        assertThat(resent.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(resent.attempts()).isZero();
        assertThat(resent.resends()).isOne();
        List<AuditRecord> audit = new AuditLog(jdbc).about("sms", stored.id());
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("SMS_RESEND");
            assertThat(r.summary()).isEqualTo("重新发送短信：李明（138****5678），批次" + stored.batchRef() + "，上次失败原因：HTTP 500");
            assertThat(r.changes()).containsExactly(new AuditRecord.FieldChange("状态", "发送失败", "待发送"));
        });
        assertThat(new AuditLog(jdbc).rawAbout("sms", stored.id())).doesNotContain("13812345678");
    }

    @Test
    void sendsEveryFailedAndEveryNotSentMessageOfABatch() {
        String batch = "B-again-" + TestNotices.nextPayment();
        SmsStudent student = TestNotices.student(990_201, "孙丽", 990_002);
        List<SmsNotice> stored = transactions.execute(tx -> List.of(
                outbox.enqueue(TestNotices.payout(batch, "13812345678", student)),
                outbox.enqueue(TestNotices.payout(batch, "13812345679", student)),
                outbox.enqueue(TestNotices.payout(batch, "13812345670", student))));
        jdbc.sql("UPDATE notification_sms SET status = 'FAILED' WHERE id = :id")
                .param("id", stored.get(0).id())
                .update();
        jdbc.sql("UPDATE notification_sms SET status = 'NOT_SENT', last_error = '未配置短信网关' WHERE id = :id")
                .param("id", stored.get(1).id())
                .update();

        int resent = outbox.resendFailed(batch, DataScope.region("430626"));

        assertThat(resent).isEqualTo(2);
        assertThat(outbox.statusForBatch(batch, DataScope.region("430626"), Paging.first())
                        .count(SmsStatus.PENDING))
                .isEqualTo(3);
        assertThat(new AuditLog(jdbc).about("sms", stored.get(0).id())).hasSize(1);
        assertThat(new AuditLog(jdbc).about("sms", stored.get(1).id()))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.changes()).containsExactly(new AuditRecord.FieldChange("状态", "未发送", "待发送")));
        assertThat(new AuditLog(jdbc).about("sms", stored.get(2).id())).isEmpty();
    }
}
