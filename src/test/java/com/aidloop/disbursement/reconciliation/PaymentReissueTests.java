package com.aidloop.disbursement.reconciliation;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csv;
import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.csvLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.audit.AuditRecord;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.PayoutReference;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reissue of failed payments into a reissue batch: no payment is ever made twice. */
@SpringBootTest
class PaymentReissueTests {

    private static final String NEW_CARD = "6217002710000684874";

    @Autowired
    ReturnFileImport returns;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    PaymentReissue reissue;

    @Autowired
    PayoutBatches batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @TempDir
    Path folder;

    ReconciliationFixtures fixtures;
    Batch batch;

    @BeforeEach
    void aBatchWithTwoFailuresAndOnePaid() {
        fixtures = new ReconciliationFixtures(jdbc, sensitive);
        batch = fixtures.exported(3);
        byte[] content = csv(List.of(
                        csvLine(batch.payment(1), "失败", "卡已销户"),
                        csvLine(batch.payment(2), "失败", "户名不符"),
                        csvLine(batch.payment(3), "成功", "")))
                .getBytes(StandardCharsets.UTF_8);
        returns.upload(batch.id(), "r.csv", ReconciliationFixtures.file(folder, "r.csv", content), COUNTY_SCOPE);
    }

    @Test
    void aFailedPaymentGoesWithItsNewCardIntoADraftReissueBatchLinkedToTheOriginal() {
        PaymentReissue.Reissued first = reissue.reissue(batch.payment(1).id(), NEW_CARD, "中国建设银行", COUNTY_SCOPE);
        PaymentReissue.Reissued second =
                reissue.reissue(batch.payment(2).id(), "6222600000000009999", null, COUNTY_SCOPE);

        assertThat(first.newBatch()).isTrue();
        assertThat(second.newBatch()).isFalse();
        assertThat(second.batchId()).isEqualTo(first.batchId());
        assertThat(PayoutReference.isPayment(first.reference())).isTrue();
        assertThat(first.reference()).isNotEqualTo(batch.payment(1).reference());
        assertThat(first.cardMasked()).isEqualTo("***************4874").doesNotContain("62170027");
        assertThat(first.luhnWarning()).isFalse();
        assertThat(second.luhnWarning()).isTrue();
        Map<String, Object> reissueBatch =
                jdbc.sql("""
                SELECT status, reissue_of_batch_id, control_count, control_amount::text AS amount FROM disbursement_batch WHERE id = :id""").param("id", first.batchId()).query().singleRow();
        assertThat(reissueBatch)
                .containsEntry("status", "DRAFT")
                .containsEntry("reissue_of_batch_id", batch.id())
                .containsEntry("control_count", 2)
                .containsEntry("amount", "2500.00");
        Map<String, Object> payment =
                jdbc.sql("""
                SELECT status, reissue_of_payment_id, card_number_sealed, card_bank, line_no FROM disbursement_payment WHERE id = :id""").param("id", first.paymentId()).query().singleRow();
        assertThat(payment)
                .containsEntry("status", "PENDING")
                .containsEntry("reissue_of_payment_id", batch.payment(1).id())
                .containsEntry("card_bank", "中国建设银行")
                .containsEntry("line_no", 1);
        assertThat(sensitive.open((String) payment.get("card_number_sealed"))).isEqualTo(NEW_CARD);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REISSUE' AND object_id = :id")
                        .param("id", String.valueOf(batch.payment(1).id()))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theCorrectedCardWaitsAsAChangeOfTheRegistryRecordUntilASecondPersonApprovesTheReissueBatch() throws Exception {
        // 东塘镇 湖湾村 of 湘阴县 (the fixture batch's own township code is not a real one)
        SchoolView school = schools.open(SchoolFixtures.primarySchool("湘阴县东塘镇中心小学", "430624101"), COUNTY_SCOPE);
        StudentInput input = People.pupil("周小红", school.id(), People.childId(false), "430624101", "430624101210");
        StudentView student = registry.register(input, COUNTY_SCOPE);
        Batch own = fixtures.exported(1, "国家助学金", true, student.id() - 1);
        returns.upload(
                own.id(),
                "own.csv",
                ReconciliationFixtures.file(
                        folder,
                        "own.csv",
                        csv(List.of(csvLine(own.payment(1), "失败", "卡已销户"))).getBytes(StandardCharsets.UTF_8)),
                COUNTY_SCOPE);

        PaymentReissue.Reissued reissued = reissue.reissue(own.payment(1).id(), NEW_CARD, "中国建设银行湘阴支行", COUNTY_SCOPE);

        assertThat(reissued.registryChangePending()).isTrue();
        assertThat(registry.reveal(student.id(), COUNTY_SCOPE).aidCardNumber())
                .as("the record keeps the old card")
                .isEqualTo(input.aidCard().cardNumber());
        StudentView waiting = registry.find(student.id(), COUNTY_SCOPE).orElseThrow();
        assertThat(waiting.aidCard().bank()).isEqualTo(input.aidCard().bank());
        assertThat(waiting.pendingCardChange().newCardMasked()).isEqualTo("***************4874");
        assertThat(waiting.pendingCardChange().carrierBatchReference()).isEqualTo(reissued.batchReference());

        batches.approve(reissued.batchId(), null, checker());

        RevealedStudent after = registry.reveal(student.id(), COUNTY_SCOPE);
        assertThat(after.aidCardNumber()).isEqualTo(NEW_CARD);
        assertThat(registry.find(student.id(), COUNTY_SCOPE)
                        .orElseThrow()
                        .aidCard()
                        .bank())
                .isEqualTo("中国建设银行湘阴支行");
        assertThat(registry.find(student.id(), COUNTY_SCOPE).orElseThrow().pendingCardChange())
                .isNull();
        assertThat(after.idNumber()).isEqualTo(input.idNumber());
        assertApprovalAudited(student.id(), input, reissued.batchReference());
    }

    private void assertApprovalAudited(long studentId, StudentInput input, String batchReference) {
        AuditRecord approval = new AuditLog(jdbc)
                .about("student", studentId).stream()
                        .filter(r -> r.action().equals("CARD_CHANGE_APPROVE"))
                        .findFirst()
                        .orElseThrow();
        assertThat(approval.summary()).contains("申请人 system", "审核人 county2-xiangyin", batchReference);
        assertThat(approval.changes())
                .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .contains(
                        "资助卡号:" + Masking.bankCard(input.aidCard().cardNumber()) + "→***************4874",
                        "审核人:null→county2-xiangyin");
    }

    @Test
    void aStudentOutsideTheRegistryIsReissuedAndTheRegistryLeftAlone() {
        // the fixture students of the other tests are not in the registry
        assertThat(reissue.reissue(batch.payment(1).id(), NEW_CARD, null, COUNTY_SCOPE)
                        .registryChangePending())
                .isFalse();
    }

    private static CurrentAccount checker() {
        return new CurrentAccount(7_777_001, "county2-xiangyin", "湘阴县资助中心", Set.of(Role.COUNTY_STAFF), COUNTY, null);
    }

    @Test
    void aPaymentIsReissuedOnceAndAPaidOneNever() {
        reissue.reissue(batch.payment(1).id(), NEW_CARD, null, COUNTY_SCOPE);

        assertThatThrownBy(() -> reissue.reissue(batch.payment(1).id(), NEW_CARD, null, COUNTY_SCOPE))
                .isInstanceOf(ReconciliationRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已重新发放");
        assertThatThrownBy(() -> reissue.reissue(batch.payment(3).id(), NEW_CARD, null, COUNTY_SCOPE))
                .isInstanceOf(ReconciliationRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已发放");
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE award_id = :award")
                        .param("award", batch.payment(1).awardId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theDatabaseItselfRefusesASecondReissueOrASecondLivePaymentOfAnAward() {
        PaymentReissue.Reissued first = reissue.reissue(batch.payment(1).id(), NEW_CARD, null, COUNTY_SCOPE);
        String copy = """
                INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term, programme_code,
                       payee_name, card_number_sealed, card_number_index, card_number_masked, amount, status, reissue_of_payment_id)
                SELECT batch_id, line_no + 100, reference || 'X', award_id, student_id, school_id, term, programme_code, payee_name,
                       card_number_sealed, card_number_index, card_number_masked, amount, 'PENDING', CAST(:reissueOf AS bigint)
                  FROM disbursement_payment WHERE id = :id
                """;

        assertThatThrownBy(() -> jdbc.sql(copy)
                        .param("id", first.paymentId())
                        .param("reissueOf", batch.payment(1).id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(copy)
                        .param("id", first.paymentId())
                        .param("reissueOf", null)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoStaffReissuingAtOnceMakeOnePayment() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> attempt = () -> {
            start.await();
            try {
                return reissue.reissue(batch.payment(2).id(), NEW_CARD, null, COUNTY_SCOPE)
                        .reference();
            } catch (ReconciliationRefused refused) {
                return "refused";
            }
        };
        List<String> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> futures = List.of(pool.submit(attempt), pool.submit(attempt));
            start.countDown();
            results = List.of(futures.get(0).get(), futures.get(1).get());
        }

        assertThat(results).containsOnlyOnce("refused");
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE reissue_of_payment_id = :id")
                        .param("id", batch.payment(2).id())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aWrongCardNumberOrAPaymentOutsideTheScopeIsRefused() {
        assertThatThrownBy(() -> reissue.reissue(batch.payment(1).id(), "6222 6000", null, COUNTY_SCOPE))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> reissue.reissue(batch.payment(1).id(), NEW_CARD, null, DataScope.region("430626")))
                .isInstanceOf(ReconciliationNotFound.class);
        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE reissue_of_payment_id = :id")
                        .param("id", batch.payment(1).id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
