package com.aidloop.disbursement;

import static com.aidloop.disbursement.PayoutFixtures.PROGRAMME;
import static com.aidloop.disbursement.PayoutFixtures.SANSHI_TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.ConfirmingAwards;
import com.aidloop.award.ConfirmingAwards.Revocation;
import com.aidloop.award.RevocationRefused;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Revoking a confirmation (撤销确认) against PostgreSQL: the awards go back to unconfirmed, with
 * the reason audited, unless a payout batch holds any of them; and a revocation racing the
 * creation of a batch never leaves a payment on an unconfirmed award.
 */
@SpringBootTest
class ConfirmationRevocationTests {

    private static final Term TERM = new Term(2042, Term.Semester.AUTUMN);
    private static final CurrentAccount COUNTY = PayoutFixtures.county("county");

    @Autowired
    ConfirmingAwards confirming;

    @Autowired
    PayoutBatches batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    long school;

    @BeforeEach
    void clear() {
        PayoutFixtures.clear(jdbc, TERM);
        school = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
    }

    @Test
    void revokingTakesTheConfirmationBackAndAuditsTheReason() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 4, Set.of());

        ConfirmingAwards.Revoked revoked =
                confirming.revoke(new Revocation(TERM, school, PROGRAMME, "  名单有误，需重新导入 "), COUNTY);

        assertThat(revoked.awards()).isEqualTo(4);
        assertThat(revoked.amount().yuan())
                .isEqualByComparingTo(PayoutFixtures.amount(1)
                        .add(PayoutFixtures.amount(2))
                        .add(PayoutFixtures.amount(3))
                        .add(PayoutFixtures.amount(4)));
        assertThat(revoked.programmeNames()).containsExactly(PayoutFixtures.PROGRAMME_NAME);
        assertThat(confirmed()).isZero();
        assertThat(jdbc.sql(
                                "SELECT summary FROM audit_event WHERE action = 'REVOKE' AND object_id = :id ORDER BY id DESC LIMIT 1")
                        .param("id", school + ":" + TERM.code())
                        .query(String.class)
                        .single())
                .contains("撤销资助确认", "4人", "原因：名单有误，需重新导入");
        assertThatThrownBy(() -> batches.create(TERM, SANSHI_TOWN, PROGRAMME, COUNTY))
                .isInstanceOf(EmptyBatch.class);
        assertThatThrownBy(() -> confirming.revoke(new Revocation(TERM, school, PROGRAMME, "再撤一次"), COUNTY))
                .isInstanceOfSatisfying(
                        RevocationRefused.class, r -> assertThat(r.code()).isEqualTo("confirmation.revoke.nothing"));
    }

    @Test
    void aReasonIsRequiredAndAConfirmationInAPayoutBatchIsNeverRevoked() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 3, Set.of());
        assertThatThrownBy(() -> confirming.revoke(new Revocation(TERM, school, PROGRAMME, "　 "), COUNTY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> confirming.revoke(new Revocation(TERM, school, PROGRAMME, "长".repeat(201)), COUNTY))
                .isInstanceOf(InvalidInput.class);
        String batch =
                batches.create(TERM, SANSHI_TOWN, PROGRAMME, COUNTY).batch().reference();

        assertThatThrownBy(() -> confirming.revoke(new Revocation(TERM, school, null, "名单有误"), COUNTY))
                .isInstanceOfSatisfying(RevocationRefused.class, r -> {
                    assertThat(r.code()).isEqualTo("confirmation.revoke.inPayout");
                    assertThat(r.args()).containsExactly(batch);
                });
        assertThat(confirmed()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REVOKE' AND object_id = :id")
                        .param("id", school + ":" + TERM.code())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevocationRacingTheCreationOfABatchNeverLeavesAPaymentOnAnUnconfirmedAward() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                PayoutFixtures.clear(jdbc, TERM);
                PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 40, Set.of());
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Boolean> create = () -> {
                    start.await();
                    try {
                        batches.create(TERM, SANSHI_TOWN, PROGRAMME, COUNTY);
                        return true;
                    } catch (EmptyBatch nothingLeft) {
                        return false;
                    }
                };
                Callable<Boolean> revoke = () -> {
                    start.await();
                    try {
                        confirming.revoke(new Revocation(TERM, school, PROGRAMME, "并发测试"), COUNTY);
                        return true;
                    } catch (RevocationRefused inPayout) {
                        return false;
                    }
                };
                Future<Boolean> creating = pool.submit(create);
                Future<Boolean> revoking = pool.submit(revoke);
                boolean created = creating.get(1, TimeUnit.MINUTES);
                boolean revoked = revoking.get(1, TimeUnit.MINUTES);

                assertThat(created ^ revoked)
                        .as("round %d: exactly one of the two goes through", round)
                        .isTrue();
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM disbursement_payment p JOIN award_award a ON a.id = p.award_id
                         WHERE p.term = :term AND a.confirmed_at IS NULL""")
                                .param("term", TERM.code())
                                .query(Long.class)
                                .single())
                        .as("round %d: payments on unconfirmed awards", round)
                        .isZero();
                assertThat(confirmed()).isEqualTo(created ? 40 : 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long confirmed() {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term AND confirmed_at IS NOT NULL")
                .param("term", TERM.code())
                .query(Long.class)
                .single();
    }
}
