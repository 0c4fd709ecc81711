package com.aidloop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.registry.CardChangeCarrier;
import com.aidloop.registry.CardChangeRefused;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.People;
import com.aidloop.shared.BankCardNumber;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed aid card takes effect only through a second person, and moves once. */
class AidCardChangeTests {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final AidCard NEW = new AidCard("中国建设银行", new BankCardNumber("6217002710000684874"));
    private static final CardChangeCarrier REISSUE_BATCH = new CardChangeCarrier(42, "PB2026A000042", 4_242);

    private static Student student() {
        var parsed = StudentParser.parse(People.pupil("李明", 7L));
        return Student.restore(1, 3, parsed.facts(), parsed.household(), parsed.aidCard());
    }

    @Test
    void askingForAnotherCardLeavesTheRecordsCardUntilASecondPersonApproves() {
        Student student = student();
        AidCard old = student.aidCard();

        AidCardChange change = student.requestCard(NEW, "school", NOW, null).orElseThrow();

        assertThat(student.aidCard()).isEqualTo(old);
        assertThat(change.status()).isEqualTo(CardChangeStatus.PENDING);
        assertThatThrownBy(() -> change.approve("school", NOW))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("申请人以外");
        change.approve("county", NOW);
        student.takeApprovedCard(change);
        assertThat(student.aidCard()).isEqualTo(NEW);
        assertThat(change.auditChanges())
                .extracting(AidCardChangeTests::line)
                .containsExactly(
                        "开户银行:" + old.bank() + "→中国建设银行",
                        "资助卡号:" + old.number().masked() + "→***************4874",
                        "申请人:null→school",
                        "审核人:null→county");
    }

    @Test
    void theSameCardIsNoChange() {
        Student student = student();
        assertThat(student.requestCard(student.aidCard(), "school", NOW, null)).isEmpty();
    }

    @Test
    void aChangeMovesOnceAndARejectionNeedsAReason() {
        AidCardChange change = student().requestCard(NEW, "school", NOW, null).orElseThrow();

        assertThatThrownBy(() -> change.reject("county", NOW, " ")).isInstanceOf(CardChangeRefused.class);
        change.reject("county", NOW, "卡号与开户信息不符");

        assertThat(change.status()).isEqualTo(CardChangeStatus.REJECTED);
        assertThatThrownBy(() -> change.approve("county2", NOW))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已驳回");
        assertThatThrownBy(() -> change.supersede("school", NOW)).isInstanceOf(CardChangeRefused.class);
    }

    @Test
    void aChangeCarriedByAReissueBatchGoesWithThatBatchOnly() {
        AidCardChange change =
                student().requestCard(NEW, "county2", NOW, REISSUE_BATCH).orElseThrow();

        assertThatThrownBy(() -> change.approve("county3", NOW))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("PB2026A000042");
        assertThatThrownBy(() -> change.reject("county3", NOW, "有误")).isInstanceOf(CardChangeRefused.class);
        assertThatThrownBy(() -> change.approveWithBatch(43, "county3", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> change.approveWithBatch(42, "county2", NOW)).isInstanceOf(CardChangeRefused.class);
        change.approveWithBatch(42, "county3", NOW);
        assertThat(change.status()).isEqualTo(CardChangeStatus.APPROVED);
        assertThat(change.decidedBy()).isEqualTo("county3");
    }

    @Test
    void aChangeReleasedFromItsBatchIsApprovedOnItsOwn() {
        AidCardChange change =
                student().requestCard(NEW, "county2", NOW, REISSUE_BATCH).orElseThrow();

        change.release();

        assertThat(change.carrier()).isNull();
        change.approve("county3", NOW);
        assertThat(change.status()).isEqualTo(CardChangeStatus.APPROVED);
    }

    @Test
    void anApprovedChangeDoesNotTakeEffectOnACardItDidNotStartFrom() {
        Student student = student();
        AidCardChange first = student.requestCard(NEW, "school", NOW, null).orElseThrow();
        AidCardChange second = student.requestCard(
                        new AidCard("中国农业银行", new BankCardNumber("6228480000000012344")), "school", NOW, null)
                .orElseThrow();
        first.approve("county", NOW);
        student.takeApprovedCard(first);
        second.approve("county", NOW);

        assertThatThrownBy(() -> student.takeApprovedCard(second))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("***************4874");
        assertThat(student.aidCard()).isEqualTo(NEW);
    }

    @Test
    void removingTheCardIsAChangeToo() {
        Student student = student();
        AidCardChange removal = student.requestCard(null, "school", NOW, null).orElseThrow();

        removal.approve("county", NOW);
        List<FieldChange> changes = student.takeApprovedCard(removal);

        assertThat(student.aidCard()).isNull();
        assertThat(changes).extracting(FieldChange::newValue).containsOnlyNulls();
    }

    private static String line(FieldChange c) {
        return c.field() + ":" + c.oldValue() + "→" + c.newValue();
    }
}
