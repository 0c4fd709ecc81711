package com.aidloop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link SmsOutbox#enqueueAll}: many messages at once with the guarantees of {@code enqueue}. */
@SpringBootTest
class SmsBulkEnqueueTests {

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SensitiveData sensitive;

    @Test
    void needsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueueAll(List.of(TestNotices.payout("13812345678"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void storesEachKeyOnceSealedAndOnlyIfTheTransactionCommits() {
        SmsRequest a = TestNotices.payout("13812345678");
        SmsRequest b = TestNotices.payout("13987654321");
        SmsRequest rolledBack = TestNotices.payout("13700001111");
        SmsNotice before = transactions.execute(tx -> outbox.enqueue(a));

        SmsBulkEnqueue result = transactions.execute(tx -> outbox.enqueueAll(List.of(a, b, b)));
        transactions.executeWithoutResult(tx -> {
            outbox.enqueueAll(List.of(rolledBack));
            tx.setRollbackOnly();
        });

        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.stored()).isOne();
        assertThat(result.refused()).isEmpty();
        assertThat(outbox.byKey(a.deduplicationKey())).contains(before);
        assertThat(outbox.byKey(b.deduplicationKey())).get().satisfies(n -> {
            assertThat(n.status()).isEqualTo(SmsStatus.PENDING);
            assertThat(n.phoneMasked()).isEqualTo("139****4321");
            assertThat(n.text()).startsWith("【学生资助】李明同学");
        });
        assertThat(outbox.byKey(rolledBack.deduplicationKey())).isEmpty();
    }

    @Test
    void returnsTheRefusedTextsWithoutStoringThemAndKeepsTheTransactionUsable() {
        SmsRequest fine = TestNotices.payout("13812345678");
        SmsRequest revealing = SmsRequest.payment(
                TestNotices.nextPayment(),
                "B-2",
                new PhoneNumber("13812345678"),
                SmsRecipient.GUARDIAN,
                TestNotices.student(900_003, "王芳", 1),
                SmsMessage.payout("王芳", "特困学生补助", Money.yuan("500"), "0088", TestNotices.TERM));

        SmsBulkEnqueue result = transactions.execute(tx -> {
            SmsBulkEnqueue r = outbox.enqueueAll(List.of(fine, revealing));
            outbox.enqueue(TestNotices.payout("13812345678"));
            return r;
        });

        assertThat(result.accepted()).isOne();
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.request()).isEqualTo(revealing);
            assertThat(r.reason().reason()).contains("特困");
        });
        assertThat(outbox.byKey(fine.deduplicationKey())).isPresent();
        assertThat(outbox.byKey(revealing.deduplicationKey())).isEmpty();
    }
}
