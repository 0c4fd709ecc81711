package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aidloop.audit.AuditLog;
import com.aidloop.audit.AuditRecord;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paging;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Card changes against PostgreSQL: replaced, rejected, stale, out of scope, and the table's own four-eyes rule. */
@SpringBootTest
class AidCardChangesTests {

    private static final String NEW_CARD = "6217002710000684874";
    private static final String OTHER_CARD = "6228480000000012344";

    @Autowired
    RegistryManagement registry;

    @Autowired
    AidCardChanges changes;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    DataScope county = SchoolFixtures.county();
    StudentInput input;
    StudentView student;

    @BeforeEach
    void aStudentWithACard() {
        SchoolView school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
        input = People.pupil("李明", school.id());
        student = registry.register(input, county);
    }

    private StudentView askFor(String bank, String card) {
        StudentView now = registry.find(student.id(), county).orElseThrow();
        return registry.revise(student.id(), now.version(), People.withNewCard(now, bank, card), county);
    }

    private static CurrentAccount countyStaff(String username) {
        return new CurrentAccount(
                Math.abs(username.hashCode()),
                username,
                "平江县资助中心",
                Set.of(Role.COUNTY_STAFF),
                SchoolFixtures.COUNTY,
                null);
    }

    @Test
    void aNewerRequestReplacesThePendingOne() {
        long first = askFor("中国建设银行", NEW_CARD).pendingCardChange().id();
        StudentView second = askFor("中国农业银行", OTHER_CARD);

        assertThat(second.pendingCardChange().id()).isNotEqualTo(first);
        assertThat(second.pendingCardChange().newCardMasked()).isEqualTo("***************2344");
        assertThat(changes.get(first, county).status()).isEqualTo(CardChangeStatus.SUPERSEDED);
        assertThat(askFor("中国农业银行", OTHER_CARD).pendingCardChange().id())
                .as("the very card waiting already")
                .isEqualTo(second.pendingCardChange().id());
        assertThat(changes.list(CardChangeStatus.PENDING, student.id(), county, Paging.of(1, 100))
                        .content())
                .hasSize(1);
        assertThat(changes.list(null, student.id(), county, Paging.of(1, 100)).content())
                .extracting(CardChangeView::status)
                .containsExactly(CardChangeStatus.PENDING, CardChangeStatus.SUPERSEDED);
    }

    @Test
    void aRejectedChangeLeavesTheOldCardAndSaysWhy() {
        long id = askFor("中国建设银行", NEW_CARD).pendingCardChange().id();

        assertThatThrownBy(() -> changes.reject(id, null, "", countyStaff("county2")))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("请填写驳回原因");
        assertThatThrownBy(() -> changes.reject(id, null, "长".repeat(501), countyStaff("county2")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).concerns("reason")).isTrue());
        CardChangeView rejected = changes.reject(id, null, "卡号与开户信息不符", countyStaff("county2"));

        assertThat(rejected.status()).isEqualTo(CardChangeStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("county2");
        assertThat(registry.reveal(student.id(), county).aidCardNumber())
                .isEqualTo(input.aidCard().cardNumber());
        assertThat(registry.find(student.id(), county).orElseThrow().pendingCardChange())
                .isNull();
        AuditRecord record = new AuditLog(jdbc)
                .about("student", student.id()).stream()
                        .filter(r -> r.action().equals("CARD_CHANGE_REJECT"))
                        .findFirst()
                        .orElseThrow();
        assertThat(record.summary()).contains("卡号与开户信息不符", "申请人 system");
    }

    @Test
    void anApprovalAsOfAnOlderVersionOrOutsideTheScopeIsRefused() {
        long id = askFor("中国建设银行", NEW_CARD).pendingCardChange().id();

        assertThatThrownBy(() -> changes.approve(id, 7, countyStaff("county2")))
                .isInstanceOf(CardChangeRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已被他人处理");
        CurrentAccount stranger =
                new CurrentAccount(1, "xiangyin", "湘阴县资助中心", Set.of(Role.COUNTY_STAFF), "430624", null);
        assertThatThrownBy(() -> changes.approve(id, null, stranger))
                .isInstanceOf(CardChangeRefused.class)
                .satisfies(e -> assertThat(((CardChangeRefused) e).kind())
                        .isEqualTo(com.aidloop.shared.Refusal.Kind.NOT_FOUND));
        assertThat(changes.approve(id, 0, countyStaff("county2")).status()).isEqualTo(CardChangeStatus.APPROVED);
        assertThat(registry.reveal(student.id(), county).aidCardNumber()).isEqualTo(NEW_CARD);
    }

    @Test
    void theTableItselfRefusesTheRequesterAsApproverAndASecondPendingChange() {
        long id = askFor("中国建设银行", NEW_CARD).pendingCardChange().id();

        Throwable selfApproved =
                catchThrowable(() -> jdbc.sql("""
                UPDATE registry_card_change SET status = 'APPROVED', decided_by = requested_by, decided_at = now() WHERE id = :id""").param("id", id).update());
        Throwable secondPending =
                catchThrowable(() -> jdbc.sql("""
                INSERT INTO registry_card_change (student_id, status, new_bank, new_card_sealed, new_card_masked, requested_by)
                SELECT student_id, 'PENDING', new_bank, new_card_sealed, new_card_masked, 'someone' FROM registry_card_change WHERE id = :id""").param("id", id).update());

        assertThat(selfApproved)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("registry_card_change_second_person");
        assertThat(secondPending)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("registry_card_change_pending_uq");
    }
}
