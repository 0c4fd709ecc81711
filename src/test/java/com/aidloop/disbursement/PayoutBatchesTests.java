package com.aidloop.disbursement;

import static com.aidloop.disbursement.PayoutFixtures.PROGRAMME;
import static com.aidloop.disbursement.PayoutFixtures.SANSHI_TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Creating, approving and changing payout batches against PostgreSQL, with the audit trail. */
@SpringBootTest
@RecordApplicationEvents
class PayoutBatchesTests {

    private static final Term TERM = new Term(2061, Term.Semester.AUTUMN);
    private static final CurrentAccount MAKER = PayoutFixtures.county("county");
    private static final CurrentAccount CHECKER = PayoutFixtures.county("county2");

    @Autowired
    PayoutBatches batches;

    @Autowired
    PayableAwards payable;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clear() {
        PayoutFixtures.clear(jdbc, TERM);
    }

    @Test
    void createsOnePendingLinePerConfirmedAwardInPayableOrderWithFrozenControlTotals() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 30, Set.of(7, 19));
        jdbc.sql(
                        "UPDATE award_award SET confirmed_at = NULL, confirmed_by = NULL WHERE term = :t AND student_id = 900000005")
                .param("t", TERM.code())
                .update();
        List<PayableAward> expected = new ArrayList<>();
        payable.forEach(TERM, SANSHI_TOWN, PROGRAMME, MAKER.scope(), a -> {
            if (a.cardNumberSealed() != null) {
                expected.add(a);
            }
        });
        assertThat(batches.preview(TERM, SANSHI_TOWN, PROGRAMME, MAKER))
                .isEqualTo(new BatchPreview(27, sum(expected), 2, 0));

        CreatedBatch created = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER);

        BatchView batch = created.batch();
        assertThat(created.missingCardCount()).isEqualTo(2);
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
        assertThat(batch.reference()).matches("PB2061A[0-9]{6}");
        assertThat(batch.townshipName()).isEqualTo("三市镇");
        assertThat(batch.controlCount()).isEqualTo(27);
        assertThat(batch.controlAmount()).isEqualTo(sum(expected));
        assertThat(batch.linesMatchControl()).isTrue();
        List<Map<String, Object>> rows =
                jdbc.sql("""
                SELECT line_no, reference, award_id, status, card_number_sealed, card_number_masked, amount
                  FROM disbursement_payment WHERE batch_id = :id ORDER BY line_no""").param("id", batch.id()).query().listOfRows();
        assertThat(rows).hasSize(27);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("line_no")).isEqualTo(i + 1);
            assertThat(row.get("award_id")).isEqualTo(expected.get(i).awardId());
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(PayoutReference.isPayment((String) row.get("reference"))).isTrue();
            assertThat(sensitive.open((String) row.get("card_number_sealed")))
                    .isEqualTo(sensitive.open(expected.get(i).cardNumberSealed()));
            assertThat((String) row.get("card_number_masked"))
                    .endsWith(sensitive.open(expected.get(i).cardNumberSealed()).substring(15));
        }
        assertThat(rows.stream().map(r -> r.get("reference")).distinct()).hasSize(27);
        assertThat(audit(batch.id(), "CREATE")).contains("27 笔").contains("2 名学生缺少资助卡号");
    }

    @Test
    void refusesAnEmptyBatchAndNeverPicksAnAwardThatHasAPaymentAlready() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 3, Set.of());
        assertThatThrownBy(() -> batches.create(TERM, SANSHI_TOWN, "NO_SUCH_PROGRAMME", MAKER))
                .isInstanceOf(EmptyBatch.class);
        BatchView first = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        // a failed payment is reissued by reconciliation, never picked up by a new batch
        jdbc.sql(
                        "UPDATE disbursement_payment SET status = 'FAILED', failure_reason = '账户已销户', settled_at = now() WHERE batch_id = :id AND line_no = 1")
                .param("id", first.id())
                .update();
        assertThatThrownBy(() -> batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER))
                .isInstanceOf(EmptyBatch.class);
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 4, 1, Set.of());
        assertThat(batches.preview(TERM, SANSHI_TOWN, PROGRAMME, MAKER).alreadyInBatchCount())
                .isEqualTo(3);
        assertThat(batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch().controlCount())
                .isEqualTo(1);
    }

    @Test
    void theDatabaseNeverLetsAPaymentsAmountCardOrReferenceChangeButLetsItSettle() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 2, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        for (String change : List.of(
                "amount = amount + 1",
                "card_number_index = 'x'",
                "reference = reference || 'x'",
                "payee_name = '张三'")) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE disbursement_payment SET " + change
                                    + " WHERE batch_id = :id AND line_no = 1")
                            .param("id", batch.id())
                            .update())
                    .as(change)
                    .hasMessageContaining("never changed");
        }
        int settled = jdbc.sql(
                        "UPDATE disbursement_payment SET status = 'PAID', settled_at = now(), version = version + 1 WHERE batch_id = :id")
                .param("id", batch.id())
                .update();
        assertThat(settled).isEqualTo(2);
    }

    @Test
    void refusesATownshipOutsideTheCountyOfTheAccount() {
        assertThatThrownBy(() -> batches.create(TERM, "430621100", PROGRAMME, MAKER))
                .isInstanceOf(TownshipNotInScope.class);
        assertThatThrownBy(() -> batches.preview(TERM, "43062610", PROGRAMME, MAKER))
                .isInstanceOf(TownshipNotInScope.class);
    }

    @Test
    void theCreatorCannotApproveNeitherByTheRuleNorInTheDatabase() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 5, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();

        assertThatThrownBy(() -> batches.approve(batch.id(), null, MAKER)).isInstanceOf(CreatorCannotApprove.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE disbursement_batch SET status = 'APPROVED', approved_by = created_by, approved_at = now() WHERE id = :id")
                        .param("id", batch.id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        BatchView approved = batches.approve(batch.id(), batch.version(), CHECKER);
        assertThat(approved.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("county2");
        assertThat(audit(batch.id(), "APPROVE")).contains(batch.reference());
        assertThatThrownBy(() -> batches.approve(batch.id(), null, CHECKER)).isInstanceOf(BatchAlreadyApproved.class);
        assertThat(events.stream(PayoutBatchApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo(batch.id());
            assertThat(e.reference()).isEqualTo(batch.reference());
            assertThat(e.count()).isEqualTo(5);
            assertThat(e.approvedBy()).isEqualTo("county2");
            assertThat(e.approvedAt()).isCloseTo(approved.approvedAt(), within(1, ChronoUnit.MILLIS));
        });
    }

    @Test
    void anApprovalOfAnOlderVersionIsRefused() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 3, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        PaymentLine line = batches.lines(batch.id(), MAKER.scope(), Paging.first())
                .content()
                .getFirst();
        batches.removePayment(batch.id(), line.id(), "卡号存疑", MAKER);
        assertThatThrownBy(() -> batches.approve(batch.id(), batch.version(), CHECKER))
                .isInstanceOf(BatchChangedMeanwhile.class);
    }

    @Test
    void theCheckerWhoTakesALineOutMayNotApproveWhatIsLeft() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 3, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        batches.approve(batch.id(), null, CHECKER);
        PaymentLine doubtful = batches.lines(batch.id(), MAKER.scope(), Paging.first())
                .content()
                .get(0);

        batches.removePayment(batch.id(), doubtful.id(), "资助卡号存疑，核实后另行发放", CHECKER);

        assertThatThrownBy(() -> batches.approve(batch.id(), null, CHECKER))
                .isInstanceOf(ContributorCannotApprove.class);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM disbursement_batch_contributor WHERE batch_id = :b AND contribution = 'REMOVED_LINE'")
                        .param("b", batch.id())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void removingALineFromAnApprovedBatchVoidsTheApprovalAndRecordsNewControlTotals() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 4, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        batches.approve(batch.id(), null, CHECKER);
        PaymentLine doubtful = batches.lines(batch.id(), MAKER.scope(), Paging.first())
                .content()
                .get(1);

        assertThatThrownBy(() -> batches.removePayment(batch.id(), doubtful.id(), " ", MAKER))
                .isInstanceOf(RemovalNeedsReason.class);
        BatchView changed = batches.removePayment(batch.id(), doubtful.id(), "资助卡号存疑，核实后另行发放", MAKER);

        assertThat(changed.status()).isEqualTo(BatchStatus.DRAFT);
        assertThat(changed.approvedBy()).isNull();
        assertThat(changed.approvedAt()).isNull();
        assertThat(changed.controlCount()).isEqualTo(3);
        assertThat(changed.controlAmount()).isEqualTo(batch.controlAmount().minus(doubtful.amount()));
        assertThat(changed.linesMatchControl()).isTrue();
        String record = audit(batch.id(), "UPDATE");
        assertThat(record).contains(doubtful.reference()).contains("原审核已作废");
        assertThat(jdbc.sql("""
                SELECT string_agg(c->>'field' || ':' || coalesce(c->>'oldValue', '') || '>' || coalesce(c->>'newValue', ''), ',')
                  FROM audit_event e, jsonb_array_elements(e.changes) c
                 WHERE e.object_type = 'payout_batch' AND e.object_id = :id AND e.action = 'UPDATE'""")
                        .param("id", Long.toString(batch.id()))
                        .query(String.class)
                        .single())
                .contains("control_count:4>3")
                .contains("status:APPROVED>DRAFT")
                .contains("approved_by:county2>");
        // the award of the removed line can be paid in a later batch
        assertThat(batches.preview(TERM, SANSHI_TOWN, PROGRAMME, MAKER).payableCount())
                .isEqualTo(1);
        assertThat(batches.approve(batch.id(), null, CHECKER).status()).isEqualTo(BatchStatus.APPROVED);
    }

    @Test
    void listsByTermTownshipProgrammeAndStatusInsideTheScopeOnly() {
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 2, Set.of());
        BatchView batch = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER).batch();
        assertThat(batches.list(
                                new BatchFilter(TERM, SANSHI_TOWN, PROGRAMME, BatchStatus.DRAFT),
                                MAKER.scope(),
                                Paging.first())
                        .content())
                .extracting(BatchView::id)
                .containsExactly(batch.id());
        assertThat(batches.list(new BatchFilter(TERM, null, null, BatchStatus.APPROVED), MAKER.scope(), Paging.first())
                        .totalElements())
                .isZero();
        assertThat(batches.list(new BatchFilter(TERM, null, null, null), DataScope.region("430621"), Paging.first())
                        .totalElements())
                .isZero();
        assertThat(batches.list(new BatchFilter(TERM, null, null, null), DataScope.school(1), Paging.first())
                        .totalElements())
                .isZero();
        assertThatThrownBy(() -> batches.get(batch.id(), DataScope.region("430626101")))
                .isInstanceOf(BatchNotFound.class);
        assertThat(batches.get(batch.id(), DataScope.region("4306")).id()).isEqualTo(batch.id());
    }

    private String audit(long batchId, String action) {
        return jdbc.sql(
                        "SELECT string_agg(summary, ' | ') FROM audit_event WHERE object_type = 'payout_batch' AND object_id = :id AND action = :action")
                .param("id", Long.toString(batchId))
                .param("action", action)
                .query(String.class)
                .single();
    }

    private static Money sum(List<PayableAward> awards) {
        return new Money(awards.stream().map(a -> a.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
