package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsSchool;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An initial password sent by SMS never stays readable: the outbox keeps it sealed and shows the
 * text masked, only the gateway gets it in place, logs mask it, and it is erased once sent.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class InitialPasswordSmsTests {

    private static final String PASSWORD = "Qw3rty#Uiop2345x";

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsStore store;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePasswordIsSealedShownMaskedPutInOnlyForTheGatewayAndErasedOnceSent(CapturedOutput output) {
        SmsRequest request = SmsRequest.initialPassword(
                System.nanoTime(),
                new PhoneNumber("13912345678"),
                new SmsSchool(1L, "430626102"),
                SmsMessage.initialPassword("平江县三市镇中心小学", "2143062401", PASSWORD));
        SmsNotice stored = transactions.execute(tx -> outbox.enqueue(request));

        assertThat(stored.recipient()).isEqualTo(SmsRecipient.SCHOOL_CONTACT);
        assertThat(stored.text()).contains("账号2143062401已开通，初始密码********").doesNotContain(PASSWORD);
        Map<String, Object> row = jdbc.sql(
                        "SELECT text, template_params, secret_sealed FROM notification_sms WHERE id = :id")
                .param("id", stored.id())
                .query()
                .singleRow();
        assertThat(row.get("text").toString() + row.get("template_params")).doesNotContain(PASSWORD);
        assertThat(row.get("secret_sealed").toString()).doesNotContain(PASSWORD);
        assertThat(sensitive.open(row.get("secret_sealed").toString())).isEqualTo(PASSWORD);

        List<OutgoingSms> sent = dispatchThroughAConfirmingGateway();

        OutgoingSms mine = sent.stream()
                .filter(s -> s.clientMessageId().equals(request.deduplicationKey()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.text()).contains("初始密码" + PASSWORD + "，首次登录须修改密码");
        assertThat(mine.params()).containsEntry("password", PASSWORD).containsEntry("username", "2143062401");
        assertThat(mine.loggableText()).doesNotContain(PASSWORD).contains("********");
        assertThat(mine.toString()).doesNotContain(PASSWORD);

        SmsNotice after = outbox.byKey(request.deduplicationKey()).orElseThrow();
        assertThat(after.status()).isEqualTo(SmsStatus.SENT);
        assertThat(after.text()).doesNotContain(PASSWORD);
        assertThat(jdbc.sql("SELECT secret_sealed FROM notification_sms WHERE id = :id")
                        .param("id", stored.id())
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void theLoggingGatewayLogsThePasswordMasked(CapturedOutput output) {
        String text = SmsMessage.reveal(
                SmsMessage.initialPassword("平江县三市镇中心小学", "2143062401", PASSWORD).body(), PASSWORD);
        new LoggingSmsGateway()
                .send(new OutgoingSms(
                        "account-password:1",
                        new PhoneNumber("13912345678"),
                        "INITIAL_PASSWORD",
                        Map.of(),
                        text,
                        PASSWORD));

        assertThat(output.getAll()).contains("初始密码********").doesNotContain(PASSWORD);
    }

    @Test
    void aMessageWithASecretKeepsItOutOfItsOwnWords() {
        SmsMessage message = SmsMessage.initialPassword("平江县三市镇中心小学", "2143062401", PASSWORD);

        assertThat(message.body()).doesNotContain(PASSWORD);
        assertThat(message.params()).containsEntry("password", SmsMessage.SECRET_MASK);
        assertThat(message.toString()).doesNotContain(PASSWORD);
        assertThat(message.secret()).isEqualTo(PASSWORD);
    }

    private List<OutgoingSms> dispatchThroughAConfirmingGateway() {
        List<OutgoingSms> sent = new CopyOnWriteArrayList<>();
        SmsGateway confirming = new SmsGateway() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public GatewayAnswer send(OutgoingSms sms) {
                sent.add(sms);
                return new GatewayAnswer.Confirmed("m" + sent.size());
            }
        };
        new SmsDispatcher(store, confirming, sensitive, settings()).dispatchDue();
        return sent;
    }

    private static SmsProperties.Dispatcher settings() {
        return new SmsProperties.Dispatcher(
                true,
                Duration.ofSeconds(5),
                200,
                10,
                Duration.ofSeconds(10),
                12,
                Duration.ofMinutes(1),
                2.0,
                Duration.ofHours(1));
    }
}
