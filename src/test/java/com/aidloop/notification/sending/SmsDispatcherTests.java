package com.aidloop.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.TestNotices;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.notification.sending.StubSmsGateway.Mode;
import com.aidloop.privacy.SensitiveData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher against a real HTTP gateway on 127.0.0.1: confirmation, a failing, a hanging and
 * a refusing gateway, two dispatchers at once, and giving up after the last attempt.
 */
@SpringBootTest(properties = "aidloop.sms.gateway=logging")
@ExtendWith(OutputCaptureExtension.class)
class SmsDispatcherTests {

    private static final String PHONE = "13812345678";

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

    StubSmsGateway stub;
    List<HttpSmsGateway> gateways = new ArrayList<>();

    @BeforeEach
    void emptyOutboxAndAFreshGateway() throws Exception {
        // other tests leave waiting messages behind; these tests count every send
        jdbc.sql("DELETE FROM notification_sms").update();
        stub = new StubSmsGateway();
    }

    @AfterEach
    void stopGateway() {
        gateways.forEach(HttpSmsGateway::close);
        stub.close();
    }

    @Test
    void marksAMessageSentWithTheGatewaysIdOnlyWhenTheGatewayConfirms() {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));

        DispatchRun run = dispatcher(settings()).dispatchDue();

        SmsNotice sent = reload(waiting);
        assertThat(run).isEqualTo(new DispatchRun(1, 1, 0, 0, 0));
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.gatewayMessageId())
                .isEqualTo(stub.messageIdOf(waiting.deduplicationKey()))
                .startsWith("gw-");
        assertThat(sent.gateway()).isEqualTo("http");
        assertThat(sent.sentAt()).isNotNull();
        assertThat(stub.bodies()).singleElement().satisfies(body -> assertThat(body)
                .contains("\"clientMessageId\":\"" + waiting.deduplicationKey() + "\"")
                .contains("\"phone\":\"" + PHONE + "\"")
                .contains("\"text\":\"【学生资助】李明同学：2026年秋季学期国家助学金1250.00元已发放至尾号1234的资助卡，请查收。\""));
        assertThat(stub.authorizations())
                .containsExactly("Basic " + Base64.getEncoder().encodeToString("aidloop:s3cret".getBytes()));

        dispatcher(settings()).dispatchDue();
        assertThat(stub.requestsFor(waiting.deduplicationKey())).isOne();
    }

    @Test
    void aFailingGatewayLeavesTheMessageWaitingAndItIsSentOnceAfterRecovery() {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));
        SmsDispatcher dispatcher = dispatcher(settings());
        stub.answer(Mode.FAIL);

        Instant before = Instant.now();
        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRun(1, 0, 1, 0, 0));
        SmsNotice afterFailure = reload(waiting);
        assertThat(afterFailure.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(afterFailure.attempts()).isOne();
        assertThat(afterFailure.lastError()).isEqualTo("HTTP 500");
        assertThat(afterFailure.nextAttemptAt()).isAfter(before.plusSeconds(50));

        stub.answer(Mode.ACCEPT);
        assertThat(dispatcher.dispatchDue().claimed())
                .as("not due before its backoff ends")
                .isZero();
        timePasses();
        dispatcher.dispatchDue();
        timePasses();
        dispatcher.dispatchDue();

        SmsNotice sent = reload(waiting);
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(stub.requestsFor(waiting.deduplicationKey())).isEqualTo(2);
        assertThat(stub.delivered(waiting.deduplicationKey())).isTrue();
    }

    @Test
    void aHangingGatewayCostsOneTimeoutAndTheRetryIsDeduplicatedByTheClientMessageId() {
        SmsNotice hanging = enqueue(TestNotices.payout(PHONE));
        SmsDispatcher dispatcher = dispatcher(settings());
        stub.answer(Mode.HANG);
        stub.hang(30_000);

        long started = System.nanoTime();
        DispatchRun run = dispatcher.dispatchDue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(run).isEqualTo(new DispatchRun(1, 0, 1, 0, 0));
        // the 0.5 s request timeout ends the wait, not the gateway's 30 s; the bound leaves room for a loaded machine
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        SmsNotice afterTimeout = reload(hanging);
        assertThat(afterTimeout.status()).isEqualTo(SmsStatus.PENDING);
        assertThat(afterTimeout.lastError()).contains("timeout");

        stub.answer(Mode.ACCEPT);
        timePasses();
        dispatcher.dispatchDue();
        timePasses();
        dispatcher.dispatchDue();

        SmsNotice sent = reload(hanging);
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(stub.requestsFor(hanging.deduplicationKey()))
                .as("the hung request and one retry")
                .isEqualTo(2);
        assertThat(sent.gatewayMessageId())
                .as("the gateway recognised the retry as the message it had")
                .isEqualTo("gw-1");
    }

    @Test
    void aHangingMessageDoesNotHoldUpTheOthers() {
        stub.answer(Mode.HANG);
        stub.hang(30_000);
        List<SmsNotice> waiting = IntStream.range(0, 5)
                .mapToObj(i -> enqueue(TestNotices.payout("1381234567" + i)))
                .toList();
        SmsDispatcher dispatcher = dispatcher(
                settings(),
                new SmsProperties.Http(
                        stub.url(), "aidloop", "s3cret", null, Duration.ofSeconds(1), Duration.ofSeconds(2)));

        long started = System.nanoTime();
        dispatcher.dispatchDue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // one after another, five 2 s timeouts would take at least 10 s; together about 2 s
        assertThat(took)
                .as("five hanging sends wait together, not one after another")
                .isLessThan(Duration.ofSeconds(8));
        assertThat(waiting).allSatisfy(n -> assertThat(reload(n).status()).isEqualTo(SmsStatus.PENDING));
    }

    @Test
    void twoDispatchersAtOnceNeverSendAMessageTwice() throws Exception {
        List<SmsNotice> waiting = transactions.execute(tx -> IntStream.range(0, 30)
                .mapToObj(i -> outbox.enqueue(TestNotices.payout(String.format("138%08d", i))))
                .toList());
        stub.delay(30);
        SmsProperties.Dispatcher small = settings(5, 3);
        SmsDispatcher first = dispatcher(small);
        SmsDispatcher second = dispatcher(small);
        CountDownLatch start = new CountDownLatch(1);

        try (var threads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<DispatchRun> a = CompletableFuture.supplyAsync(() -> runAfter(start, first), threads);
            CompletableFuture<DispatchRun> b = CompletableFuture.supplyAsync(() -> runAfter(start, second), threads);
            start.countDown();
            DispatchRun together = a.get().plus(b.get());

            assertThat(together.claimed()).isEqualTo(30);
            assertThat(a.get().claimed()).isPositive();
            assertThat(b.get().claimed()).isPositive();
        }
        assertThat(waiting).allSatisfy(n -> {
            assertThat(stub.requestsFor(n.deduplicationKey())).isOne();
            assertThat(reload(n).status()).isEqualTo(SmsStatus.SENT);
        });
        assertThat(stub.totalRequests()).isEqualTo(30);
    }

    @Test
    void givesUpAfterTheLastAttemptAndStaffCanSendItAgain() {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));
        SmsDispatcher dispatcher = dispatcher(settings(20, 1, 3, Duration.ZERO));
        stub.answer(Mode.FAIL);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRun(1, 0, 0, 1, 0));
        dispatcher.dispatchDue();

        SmsNotice failed = reload(waiting);
        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(stub.requestsFor(waiting.deduplicationKey())).isEqualTo(3);

        stub.answer(Mode.ACCEPT);
        outbox.resend(waiting.id(), DataScope.region("430626"));
        dispatcher.dispatchDue();
        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.SENT);
        assertThat(stub.requestsFor(waiting.deduplicationKey())).isEqualTo(4);
    }

    @Test
    void aMessageTheGatewayRefusesFailsAtOnce() {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));
        stub.answer(Mode.REFUSE);

        assertThat(dispatcher(settings()).dispatchDue()).isEqualTo(new DispatchRun(1, 0, 0, 1, 0));

        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.FAILED);
        assertThat(reload(waiting).lastError()).isEqualTo("HTTP 400");
    }

    @Test
    void anAnswerWithoutAMessageIdIsNoConfirmation() {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));
        stub.answer(Mode.NO_ID);

        dispatcher(settings()).dispatchDue();

        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(reload(waiting).lastError()).isEqualTo("HTTP 200 without messageId");
    }

    @Test
    void anUnreachableGatewayIsRetriedLater() throws Exception {
        SmsNotice waiting = enqueue(TestNotices.payout(PHONE));
        String url = stub.url();
        stub.close();

        SmsDispatcher dispatcher = dispatcher(
                settings(),
                new SmsProperties.Http(url, null, null, "t0ken", Duration.ofSeconds(1), Duration.ofMillis(500)));
        dispatcher.dispatchDue();

        assertThat(reload(waiting).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(reload(waiting).lastError()).isEqualTo("connection refused");
    }

    @Test
    void theLoggingGatewaySendsNothingAndSaysSoAndNeitherItNorTheDispatcherLogsTheFullPhone(CapturedOutput output) {
        SmsNotice logged = enqueue(TestNotices.payout(PHONE));
        SmsNotice failing = enqueue(TestNotices.payout("13912345678"));
        SmsDispatcher logging = new SmsDispatcher(store, new LoggingSmsGateway(), sensitive, settings(1, 1));

        logging.dispatchDue();
        stub.answer(Mode.FAIL);
        dispatcher(settings()).dispatchDue();

        assertThat(reload(logged).status()).isEqualTo(SmsStatus.NOT_SENT);
        assertThat(reload(logged).statusText()).isEqualTo("未发送（开发用日志网关，只写入日志）");
        assertThat(reload(logged).gatewayMessageId()).isNull();
        assertThat(reload(logged).sentAt()).isNull();
        assertThat(reload(failing).status()).isEqualTo(SmsStatus.PENDING);
        assertThat(output.getAll())
                .contains("138****5678")
                .contains("SMS " + failing.id() + " attempt 1 not confirmed (HTTP 500)")
                .doesNotContain(PHONE)
                .doesNotContain("13912345678");
    }

    private DispatchRun runAfter(CountDownLatch start, SmsDispatcher dispatcher) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatcher.dispatchDue();
    }

    private SmsNotice enqueue(SmsRequest request) {
        return transactions.execute(tx -> outbox.enqueue(request));
    }

    private SmsNotice reload(SmsNotice notice) {
        return outbox.byKey(notice.deduplicationKey()).orElseThrow();
    }

    /** Every waiting message's backoff is over. */
    private void timePasses() {
        jdbc.sql("UPDATE notification_sms SET next_attempt_at = now() - interval '1 second' WHERE status = 'PENDING'")
                .update();
    }

    private SmsDispatcher dispatcher(SmsProperties.Dispatcher settings) {
        return dispatcher(
                settings,
                new SmsProperties.Http(
                        stub.url(), "aidloop", "s3cret", null, Duration.ofSeconds(1), Duration.ofMillis(500)));
    }

    private SmsDispatcher dispatcher(SmsProperties.Dispatcher settings, SmsProperties.Http http) {
        HttpSmsGateway gateway = new HttpSmsGateway(http);
        gateways.add(gateway);
        return new SmsDispatcher(store, gateway, sensitive, settings);
    }

    private static SmsProperties.Dispatcher settings() {
        return settings(20, 10);
    }

    private static SmsProperties.Dispatcher settings(int batchSize, int maxBatches) {
        return settings(batchSize, maxBatches, 12, Duration.ofMinutes(1));
    }

    private static SmsProperties.Dispatcher settings(int batchSize, int maxBatches, int maxAttempts, Duration backoff) {
        return new SmsProperties.Dispatcher(
                true,
                Duration.ofSeconds(5),
                batchSize,
                maxBatches,
                Duration.ofSeconds(10),
                maxAttempts,
                backoff,
                2.0,
                Duration.ofHours(1));
    }
}
